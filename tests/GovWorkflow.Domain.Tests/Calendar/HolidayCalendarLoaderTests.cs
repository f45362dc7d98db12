using GovWorkflow.Domain.Calendar;
using static GovWorkflow.Domain.Tests.TestSupport.Dates;

namespace GovWorkflow.Domain.Tests.Calendar;

public sealed class HolidayCalendarLoaderTests
{
    private const string Year2027 = """
        {"year": 2027, "papers": [], "days": [
          {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
          {"name": "春节", "date": "2027-02-06", "isOffDay": true},
          {"name": "春节", "date": "2027-02-07", "isOffDay": false}
        ]}
        """;

    [Fact]
    public void LoadBuiltIn_Ships2024To2026()
    {
        var calendar = HolidayCalendarLoader.LoadBuiltIn();
        Assert.Equal([2024, 2025, 2026], calendar.KnownYears);
        Assert.All(calendar.Sources, s => Assert.StartsWith("built-in:", s.Source, StringComparison.Ordinal));
        Assert.All(calendar.Sources, s => Assert.NotEmpty(s.Papers));
    }

    [Fact]
    public void Load_FolderWithNextYear_AddsTheYearWithoutCodeChange()
    {
        using var folder = new TempDirectory();
        folder.Write("2027.json", Year2027);
        var options = new CalendarOptions();
        options.HolidayDirectories.Add(folder.Path);

        var result = HolidayCalendarLoader.Load(options);

        Assert.Empty(result.Errors);
        var calendar = result.Calendar!;
        Assert.Equal([2024, 2025, 2026, 2027], calendar.KnownYears);
        Assert.False(calendar.IsWorkingDay(D("2027-01-01")));
        Assert.True(calendar.IsWorkingDay(D("2027-02-07")));
        Assert.Equal(D("2027-01-04"), calendar.AddWorkingDays(D("2026-12-31"), new WorkingDays(1)));
    }

    [Fact]
    public void Load_ReferenceFolder_ReplacesBuiltInYearsWithIdenticalResults()
    {
        var options = new CalendarOptions();
        options.HolidayDirectories.Add(RepositoryPaths.SharedHolidays);
        var fromReference = HolidayCalendarLoader.Load(options).Calendar!;
        var builtIn = HolidayCalendarLoader.LoadBuiltIn();

        Assert.All(fromReference.Sources, s => Assert.StartsWith(RepositoryPaths.SharedHolidays, s.Source, StringComparison.Ordinal));
        for (var date = D("2024-01-01"); date <= D("2026-12-31"); date = date.PlusDays(1))
        {
            Assert.Equal(builtIn.Describe(date), fromReference.Describe(date));
        }
    }

    [Fact]
    public void Load_OneBadFileAmongGoodOnes_RefusesTheWholeCalendar()
    {
        using var folder = new TempDirectory();
        folder.Write("2027.json", Year2027);
        var bad = folder.Write("2028.json", """{"year": 2028, "days": [{"name": "元旦", "date": "2028-13-01", "isOffDay": true}]}""");
        var options = new CalendarOptions();
        options.HolidayDirectories.Add(folder.Path);

        var result = HolidayCalendarLoader.Load(options);

        Assert.Null(result.Calendar);
        var error = Assert.Single(result.Errors);
        Assert.Equal(bad, error.Location!.File);
        Assert.Equal(0, error.Location.EntryIndex);
    }

    [Fact]
    public void Load_FileNotNamedAfterItsYear_IsRefusedRatherThanIgnored()
    {
        using var folder = new TempDirectory();
        folder.Write("holidays-2027.json", Year2027);
        var options = new CalendarOptions();
        options.HolidayDirectories.Add(folder.Path);

        Assert.Equal("calendar.file-name", Assert.Single(HolidayCalendarLoader.Load(options).Errors).Code);
    }

    [Fact]
    public void Load_MissingFolder_IsRefusedWithItsPath()
    {
        var options = new CalendarOptions();
        options.HolidayDirectories.Add("/nonexistent/holidays");

        var error = Assert.Single(HolidayCalendarLoader.Load(options).Errors);
        Assert.Equal("calendar.directory-missing", error.Code);
        Assert.Equal("/nonexistent/holidays", error.Location!.File);
    }

    [Fact]
    public void Load_SameYearInTwoFolders_IsRefused()
    {
        using var first = new TempDirectory();
        using var second = new TempDirectory();
        first.Write("2027.json", Year2027);
        second.Write("2027.json", Year2027);
        var options = new CalendarOptions();
        options.HolidayDirectories.Add(first.Path);
        options.HolidayDirectories.Add(second.Path);

        Assert.Equal("calendar.duplicate-year", Assert.Single(HolidayCalendarLoader.Load(options).Errors).Code);
    }

    [Fact]
    public void Load_DecemberSpillOverOfNextYear_AppliesToThePreviousYear()
    {
        using var folder = new TempDirectory();
        folder.Write("2027.json", """{"year": 2027, "days": [{"name": "元旦", "date": "2026-12-31", "isOffDay": true}]}""");
        var options = new CalendarOptions();
        options.HolidayDirectories.Add(folder.Path);

        var calendar = HolidayCalendarLoader.Load(options).Calendar!;

        Assert.False(calendar.IsWorkingDay(D("2026-12-31")));
        Assert.Equal(DayKind.StatutoryHoliday, calendar.Describe(D("2026-12-31")).Kind);
    }

    [Fact]
    public void Load_NextYearsFileWithDateBeforeDecember_IsRefusedAsOutsideYear()
    {
        using var folder = new TempDirectory();
        folder.Write("2027.json", """{"year": 2027, "days": [{"name": "元旦", "date": "2026-01-04", "isOffDay": true}]}""");
        var options = new CalendarOptions();
        options.HolidayDirectories.Add(folder.Path);

        Assert.Equal("calendar.date-outside-year", Assert.Single(HolidayCalendarLoader.Load(options).Errors).Code);
    }

    [Fact]
    public void Create_SpillOverDisagreeingWithPreviousYearsFile_IsRefusedAsConflict()
    {
        var y2026 = new HolidayYear(2026, [], [new HolidayEntry(D("2026-12-27"), "元旦", false)], "a/2026.json");
        var y2027 = new HolidayYear(2027, [], [new HolidayEntry(D("2026-12-27"), "元旦", true)], "b/2027.json");

        var result = BusinessCalendar.Create([y2026, y2027]);

        Assert.Null(result.Calendar);
        Assert.Equal("calendar.conflicting-date", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void Options_EmptyFolderEntry_IsRefusedByValidation()
    {
        var options = new CalendarOptions();
        options.HolidayDirectories.Add(" ");
        Assert.Equal("calendar.option-invalid", Assert.Single(HolidayCalendarLoader.Load(options).Errors).Code);
    }
}
