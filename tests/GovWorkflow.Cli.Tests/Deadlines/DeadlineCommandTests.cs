using GovWorkflow.Cli.Tests.TestSupport;

namespace GovWorkflow.Cli.Tests.Deadlines;

public sealed class DeadlineCommandTests
{
    [Fact]
    public async Task ReadmeExample_AcceptedBeforeSpringFestival_SkipsTheHolidayAndCountsTheMakeUpSaturday()
    {
        // 2026-02-13 (Fri) accepted; 02-14 (Sat) is a make-up working day; 02-15..02-23 are off.
        var result = await Govwf.RunAsync("deadline", "--item", "FOOD-BUSINESS-PERMIT", "--accepted", "2026-02-13", "--at", "2026-03-02");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Error);
        Assert.Contains("事项：食品经营许可（FOOD-BUSINESS-PERMIT），示范市东城区市场监督管理局", result.Out, StringComparison.Ordinal);
        Assert.Contains("受理日期：2026-02-13（星期五），当日不计入", result.Out, StringComparison.Ordinal);
        Assert.Contains("法定时限：10 个工作日\n  截止日期：2026-03-05（星期四），截止时刻 2026-03-06 00:00 北京时间", Normalise(result.Out), StringComparison.Ordinal);
        Assert.Contains("承诺时限：5 个工作日\n  截止日期：2026-02-27（星期五）", Normalise(result.Out), StringComparison.Ordinal);
        Assert.Contains("已用 7 个工作日（140%），已超期 2 个工作日，红色预警（已超期）", result.Out, StringComparison.Ordinal);
        Assert.EndsWith("预警等级：红色预警（已超期）", result.Out.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutAt_EvaluatesAtTheInjectedClock()
    {
        var result = await Govwf.RunAsync("deadline", "--item", "FOOD-BUSINESS-PERMIT", "--accepted", "2026-02-13");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("评估时间：2026-03-02 09:00 北京时间", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SuspensionAndExtension_MoveBothLimitsAndAreReported()
    {
        var result = await Govwf.RunAsync(
            "deadline", "--item", "FIRE-ACCEPTANCE", "--accepted", "2026-03-02",
            "--suspend", "2026-03-10..2026-03-18:expert-review", "--extend", "--at", "2026-03-20");

        Assert.Equal(0, result.ExitCode);
        var text = Normalise(result.Out);
        Assert.Contains("延期：已批准，+15 个工作日（行政许可法第四十二条）", text, StringComparison.Ordinal);
        Assert.Contains("暂停计时：2026-03-10 至 2026-03-18，专家评审", text, StringComparison.Ordinal);
        Assert.Contains("已扣除：7 个工作日", text, StringComparison.Ordinal);

        // 15 + 15 working days after 03-02, plus the 7 suspended, across Qingming (04-04..04-06).
        Assert.Contains("法定时限：30 个工作日\n  截止日期：2026-04-23（星期四）", text, StringComparison.Ordinal);
        Assert.Contains("承诺时限：25 个工作日\n  截止日期：2026-04-16（星期四）", text, StringComparison.Ordinal);
        Assert.Contains("预警等级：正常", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extension_OnAnItemThatMayNotBeExtended_IsRefused()
    {
        var result = await Govwf.RunAsync("deadline", "--item", "FOOD-BUSINESS-PERMIT", "--accepted", "2026-02-13", "--extend");

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.Contains("deadline.extension-not-allowed", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownItem_NamesTheCodeAndSuggestsTheClosestOne()
    {
        var result = await Govwf.RunAsync("deadline", "--item", "FOOD-BUSINESS-PERMT", "--accepted", "2026-02-13");

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.Contains("catalog.unknown-item", result.Error, StringComparison.Ordinal);
        Assert.Contains("FOOD-BUSINESS-PERMIT", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MalformedSuspension_IsAUsageErrorNamingTheExpectedForm()
    {
        var result = await Govwf.RunAsync("deadline", "--item", "FOOD-BUSINESS-PERMIT", "--accepted", "2026-02-13", "--suspend", "2026-03-10:expert-review");

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.Contains("2026-03-10:expert-review", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BrokenCatalog_IsRefusedWithFileAndLine()
    {
        using var folder = new TempDirectory();
        folder.Write("departments.yaml", "departments:\n  - code: SFS-SCJGJ\n    name: 示范市市场监督管理局\n    level: city\n");
        folder.Write("items.yaml", """
            items:
              - code: FOOD-BUSINESS-PERMIT
                name: 食品经营许可
                department: SFS-NOWHERE
                legalBasis: 《中华人民共和国食品安全法》第三十五条
                deadline: { kind: promised, statutoryLimit: 10, promisedLimit: 5 }
                materials:
                  - { code: application-form, name: 食品经营许可申请书, importance: primary, form: original }
            """);

        var result = await Govwf.RunAsync("deadline", "--item", "FOOD-BUSINESS-PERMIT", "--accepted", "2026-02-13", "--catalog", folder.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.Contains("items.yaml:4", result.Error, StringComparison.Ordinal);
        Assert.Contains("SFS-NOWHERE", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task YearWithoutHolidayData_IsRefusedUnlessTheFallbackIsChosen()
    {
        var refused = await Govwf.RunAsync("deadline", "--item", "FOOD-BUSINESS-PERMIT", "--accepted", "2026-12-28", "--at", "2027-01-04");
        var guessed = await Govwf.RunAsync("deadline", "--item", "FOOD-BUSINESS-PERMIT", "--accepted", "2026-12-28", "--at", "2027-01-04", "--missing-years", "weekends-only");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("calendar.year-missing", refused.Error, StringComparison.Ordinal);
        Assert.Equal(0, guessed.ExitCode);
        Assert.Contains("2027 年没有节假日数据", guessed.Error, StringComparison.Ordinal);
    }

    private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
