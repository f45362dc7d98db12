using GovWorkflow.Cli.Tests.TestSupport;

namespace GovWorkflow.Cli.Tests.Calendar;

public sealed class CalendarCommandTests
{
    [Fact]
    public async Task IsWorkingDay_MakeUpSaturday_SaysWorkingDayWithReasonAndExitsZero()
    {
        var result = await Govwf.RunAsync("calendar", "is-working-day", "2026-02-14");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("2026-02-14（星期六） 工作日（春节调休上班）", result.Out.Trim());
    }

    [Fact]
    public async Task IsWorkingDay_Holiday_ExitsOne()
    {
        var result = await Govwf.RunAsync("calendar", "is-working-day", "2026-10-01");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("休息日（国庆节放假）", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_PrintsOneIsoDate()
    {
        var result = await Govwf.RunAsync("calendar", "add", "2026-02-13", "20");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("2026-03-19", result.Out.Trim());
    }

    [Fact]
    public async Task Add_NegativeCount_GoesBack()
    {
        var result = await Govwf.RunAsync("calendar", "add", "2026-02-24", "-1");
        Assert.Equal("2026-02-14", result.Out.Trim());
    }

    [Fact]
    public async Task Count_PrintsOneIntegerInclusive()
    {
        var result = await Govwf.RunAsync("calendar", "count", "2026-01-01", "2026-12-31");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("248", result.Out.Trim());
    }

    [Fact]
    public async Task Count_YearWithoutData_FailsWithCodeAndAdvice()
    {
        var result = await Govwf.RunAsync("calendar", "count", "2026-12-01", "2027-01-31");

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.Contains("calendar.year-missing", result.Error, StringComparison.Ordinal);
        Assert.Contains("--holidays", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Count_WeekendsOnlyFallback_ComputesAndWarnsOnStandardError()
    {
        var result = await Govwf.RunAsync("calendar", "count", "2027-01-01", "2027-01-31", "--missing-years", "weekends-only");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("21", result.Out.Trim());
        Assert.Contains("2027 年没有节假日数据", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Holidays_FolderWithNextYear_AddsItWithoutCodeChange()
    {
        var folder = Directory.CreateTempSubdirectory("govwf-cli-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "2027.json"), """
                {"year": 2027, "papers": [], "days": [
                  {"name": "元旦", "date": "2027-01-01", "isOffDay": true}
                ]}
                """);

            var result = await Govwf.RunAsync("calendar", "count", "2027-01-01", "2027-01-31", "--holidays", folder.FullName);

            Assert.Equal(0, result.ExitCode);
            Assert.Equal("20", result.Out.Trim());
            Assert.Empty(result.Error);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task DataFolder_HolidaysUnderWorkingDirectory_AreLoaded()
    {
        var root = Directory.CreateTempSubdirectory("govwf-cli-");
        try
        {
            var holidays = Directory.CreateDirectory(Path.Combine(root.FullName, "data", "holidays"));
            await File.WriteAllTextAsync(Path.Combine(holidays.FullName, "2027.json"), """{"year": 2027, "days": []}""");

            var result = await Govwf.RunInAsync(root.FullName, "calendar", "is-working-day", "2027-01-01");

            Assert.Equal(0, result.ExitCode);
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Holidays_BadFile_FailsNamingFileEntryAndReason()
    {
        var folder = Directory.CreateTempSubdirectory("govwf-cli-");
        try
        {
            var file = Path.Combine(folder.FullName, "2027.json");
            await File.WriteAllTextAsync(file, "{\"year\": 2027, \"days\": [\n  {\"name\": \"元旦\", \"date\": \"2027-1-1\", \"isOffDay\": true}\n]}");

            var result = await Govwf.RunAsync("calendar", "is-working-day", "2026-05-06", "--holidays", folder.FullName);

            Assert.Equal(2, result.ExitCode);
            Assert.Contains($"govwf: {file}:2 entry 0 date: calendar.malformed-date", result.Error, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("calendar", "add", "2026-02-30", "1")]
    [InlineData("calendar", "add", "2026-02-13", "twenty")]
    [InlineData("calendar", "count", "2026-01-01")]
    public async Task BadArguments_ExitTwoWithChineseMessage(params string[] args)
    {
        var result = await Govwf.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("govwf:", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Out);
    }
}
