using System.Text;
using GovWorkflow.Domain.Calendar;
using static GovWorkflow.Domain.Tests.TestSupport.Dates;

namespace GovWorkflow.Domain.Tests.Calendar;

public sealed class HolidayFileParserTests
{
    private static HolidayYearResult Parse(string json, int? expectedYear = 2027) =>
        HolidayFileParser.Parse(Encoding.UTF8.GetBytes(json), "holidays/2027.json", expectedYear);

    [Fact]
    public void Parse_ValidFile_ReadsEntriesAndPapers()
    {
        var result = Parse("""
            {
              "year": 2027,
              "papers": ["https://www.gov.cn/example"],
              "days": [
                {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
                {"name": "春节", "date": "2027-02-20", "isOffDay": false}
              ]
            }
            """);

        Assert.Empty(result.Errors);
        Assert.Equal(2027, result.Year!.Year);
        Assert.Equal(["https://www.gov.cn/example"], result.Year.Papers);
        Assert.Equal(new HolidayEntry(D("2027-01-01"), "元旦", true), result.Year.Entries[0]);
        Assert.Equal("holidays/2027.json", result.Year.Source);
    }

    [Fact]
    public void Parse_MalformedDate_ReportsFileEntryIndexLineAndReason()
    {
        var result = Parse("""
            {
              "year": 2027,
              "days": [
                {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
                {"name": "春节", "date": "2027-02-30", "isOffDay": true}
              ]
            }
            """);

        Assert.Null(result.Year);
        var error = Assert.Single(result.Errors);
        Assert.Equal("calendar.malformed-date", error.Code);
        Assert.Equal("holidays/2027.json", error.Location!.File);
        Assert.Equal(1, error.Location.EntryIndex);
        Assert.Equal(5, error.Location.Line);
        Assert.Equal("date", error.Location.Field);
        Assert.Contains("2027-02-30", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DuplicateDate_NamesBothEntries()
    {
        var result = Parse("""
            {"year": 2027, "days": [
              {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
              {"name": "元旦", "date": "2027-01-02", "isOffDay": true},
              {"name": "元旦", "date": "2027-01-01", "isOffDay": true}
            ]}
            """);

        var error = Assert.Single(result.Errors);
        Assert.Equal("calendar.duplicate-date", error.Code);
        Assert.Equal(2, error.Location!.EntryIndex);
        Assert.Contains("第 0 项", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DateOutsideItsYear_IsRefusedButDecemberSpillOverIsAccepted()
    {
        var result = Parse("""
            {"year": 2027, "days": [
              {"name": "元旦", "date": "2026-12-31", "isOffDay": true},
              {"name": "国庆节", "date": "2026-10-01", "isOffDay": true},
              {"name": "元旦", "date": "2028-01-01", "isOffDay": true}
            ]}
            """);

        Assert.Equal([1, 2], result.Errors.Select(e => e.Location!.EntryIndex!.Value));
        Assert.All(result.Errors, e => Assert.Equal("calendar.date-outside-year", e.Code));
    }

    [Fact]
    public void Parse_DecemberSpillOverOnly_IsAccepted()
    {
        var result = Parse("""{"year": 2027, "days": [{"name": "元旦", "date": "2026-12-31", "isOffDay": true}]}""");
        Assert.Empty(result.Errors);
        Assert.Equal(D("2026-12-31"), result.Year!.Entries[0].Date);
    }

    [Fact]
    public void Parse_MakeUpWorkingDayOnAWeekday_IsRefused()
    {
        var result = Parse("""{"year": 2027, "days": [{"name": "春节", "date": "2027-02-17", "isOffDay": false}]}""");
        Assert.Equal("calendar.make-up-day-on-weekday", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void Parse_InvalidJson_ReportsLineAndColumn()
    {
        var result = Parse("{\n  \"year\": 2027,\n  \"days\": [\n    {\"name\": \"元旦\" \"date\": \"2027-01-01\"}\n  ]\n}");
        var error = Assert.Single(result.Errors);
        Assert.Equal("calendar.json-syntax", error.Code);
        Assert.Equal(4, error.Location!.Line);
        Assert.NotNull(error.Location.Column);
    }

    [Fact]
    public void Parse_YearFieldDisagreesWithFileName_IsRefused()
    {
        var result = Parse("""{"year": 2028, "days": []}""");
        Assert.Equal("calendar.year-mismatch", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void Parse_MissingFields_ReportsEveryProblemAtOnce()
    {
        var result = Parse("""
            {"year": 2027, "days": [
              {"date": "2027-01-01", "isOffDay": true},
              {"name": "元旦", "date": "2027-01-02"},
              {"name": "元旦", "isOffDay": true}
            ]}
            """);

        Assert.Equal(
            ["calendar.name-missing", "calendar.is-off-day-missing", "calendar.malformed-date"],
            result.Errors.Select(e => e.Code));
        Assert.Equal([0, 1, 2], result.Errors.Select(e => e.Location!.EntryIndex!.Value));
    }

    [Fact]
    public void Parse_MissingDaysOrYear_IsRefusedWithShapeErrors()
    {
        Assert.Contains(Parse("""{"year": 2027}""").Errors, e => e.Code == "calendar.file-shape");
        Assert.Contains(Parse("""{"days": []}""").Errors, e => e.Code == "calendar.year-field");
        Assert.Contains(Parse("[]").Errors, e => e.Code == "calendar.file-shape");
    }
}
