using GovWorkflow.Cli.Tests.TestSupport;

namespace GovWorkflow.Cli.Tests.Scenarios;

public sealed class RunCommandTests
{
    [Fact]
    public async Task Run_SampleScenarioByBundleCode_PrintsTheTimelineAndTheDatabase()
    {
        using var data = new TempDirectory();

        var result = await Govwf.RunAsync("run", "restaurant-opening", "--scenario", "tolerant-revoked", "--data", data.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("开办餐饮店一件事：容缺受理后逾期未补齐，撤销", result.OutLines[0]);
        Assert.Contains(result.OutLines, l => l.Contains("撤销受理，办件终止", StringComparison.Ordinal));
        Assert.Contains("结果：已撤销受理；流程 Terminated", result.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(data.Path, "govworkflow.db")));
    }

    [Fact]
    public async Task Run_SameCaseNumberTwiceInOneDataFolder_IsRefusedWithTheCode()
    {
        using var data = new TempDirectory();
        await Govwf.RunAsync("run", "restaurant-opening", "--scenario", "tolerant-revoked", "--data", data.Path);

        var again = await Govwf.RunAsync("run", "restaurant-opening", "--scenario", "tolerant-revoked", "--data", data.Path);
        var renumbered = await Govwf.RunAsync("run", "restaurant-opening", "--scenario", "tolerant-revoked", "--data", data.Path, "--case", "CY-2026-0099");

        Assert.Equal(2, again.ExitCode);
        Assert.Contains("runtime.instance-exists", again.Error, StringComparison.Ordinal);
        Assert.Equal(0, renumbered.ExitCode);
        Assert.Contains("办件 CY-2026-0099", renumbered.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_StepNamingATaskThatIsNotOpen_ReportsTheStepsLine()
    {
        using var dir = new TempDirectory();
        var scenario = dir.Write("broken.yaml", """
            name: 步骤写错
            case: X-1
            start: 2026-03-02T09:30
            applicant: { id: 91110101MA01C5XK3A, name: 示范市东城区好味餐饮有限公司 }
            steps:
              - { after: 0, user: clerk.wang, complete: reviewFoodPermit, set: { approved: true } }
            """);

        var result = await Govwf.RunAsync("run", "restaurant-opening", "--scenario", scenario, "--data", Path.Combine(dir.Path, "data"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("broken.yaml:6", result.Error, StringComparison.Ordinal);
        Assert.Contains("scenario.task-not-open", result.Error, StringComparison.Ordinal);
        Assert.Contains("checkMaterials", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_UnknownBundle_SaysWhichFileIsMissing()
    {
        var result = await Govwf.RunAsync("run", "no-such-bundle", "--scenario", "x");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("samples.file-unreadable", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Simulate_ThousandRuns_ReportsTheDistributionAndOutcomes()
    {
        var result = await Govwf.RunAsync("simulate", "restaurant-opening", "--scenario", "tolerant-supplied", "--runs", "1000", "--seed", "7");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^1000 次运行：用时 p50 \d+ 个工作日，p95 \d+ 个工作日；超出公布的承诺时限 .+（延期 .+，延期后仍超 .+），超法定时限 .+；平均黄色预警 .+ 次；未作出决定 \d+ 件；结果：.+；因办件已提前结束而跳过的步骤 \d+ 个。$", result.OutLines[1]);
        Assert.Contains("1000/1000", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Simulate_OneRun_ReportsTheCaseAgainstItsLimits()
    {
        var result = await Govwf.RunAsync("simulate", "newborn", "--scenario", "standard", "--start", "2026-09-28");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^办件 XS-2026-0001：已出件；用时 \d+ 个工作日（公布承诺 10，法定 20），(守诺|超出承诺时限)；黄色预警 \d+ 次。$", result.OutLines[1]);
    }

    [Theory]
    [InlineData("--runs", "0", "--runs")]
    [InlineData("--start", "2026-13-01", "--start")]
    public async Task Simulate_BadOption_IsRefusedNamingIt(string option, string value, string named)
    {
        var result = await Govwf.RunAsync("simulate", "newborn", "--scenario", "standard", option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(named, result.Error, StringComparison.Ordinal);
    }
}
