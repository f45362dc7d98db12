using GovWorkflow.Domain.Calendar;
using GovWorkflow.Domain.Errors;
using GovWorkflow.Domain.Tests.TestSupport;
using static GovWorkflow.Domain.Tests.TestSupport.Dates;

namespace GovWorkflow.Domain.Tests.Calendar;

public sealed class BusinessCalendarTests
{
    private static readonly BusinessCalendar Calendar = HolidayCalendarLoader.LoadBuiltIn();

    [Fact]
    public void IsWorkingDay_EveryDateOf2024To2026_MatchesReferenceData()
    {
        var mismatches = new List<string>();
        for (var date = D("2024-01-01"); date <= D("2026-12-31"); date = date.PlusDays(1))
        {
            if (Calendar.IsWorkingDay(date) != ReferenceHolidays.IsWorkingDay(date))
            {
                mismatches.Add(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        Assert.Empty(mismatches);
    }

    [Theory]
    [InlineData(2024, 251)]
    [InlineData(2025, 248)]
    [InlineData(2026, 248)]
    public void WorkingDaysInYear_PublishedYears_MatchTheNotices(int year, int expected)
    {
        Assert.Equal(expected, Calendar.WorkingDaysInYear(year).Value);
        Assert.Equal(expected, Calendar.CountWorkingDays(new NodaTime.LocalDate(year, 1, 1), new NodaTime.LocalDate(year, 12, 31)).Value);
    }

    [Fact]
    public void Describe_SpringFestival2026_OffFrom15To23WithMakeUpSaturdays14And28()
    {
        for (var date = D("2026-02-15"); date <= D("2026-02-23"); date = date.PlusDays(1))
        {
            var day = Calendar.Describe(date);
            Assert.Equal(DayKind.StatutoryHoliday, day.Kind);
            Assert.Equal("春节", day.HolidayName);
            Assert.False(day.IsWorkingDay);
        }

        Assert.Equal(DayKind.MakeUpWorkingDay, Calendar.Describe(D("2026-02-14")).Kind);
        Assert.Equal(DayKind.MakeUpWorkingDay, Calendar.Describe(D("2026-02-28")).Kind);
        Assert.True(Calendar.IsWorkingDay(D("2026-02-14")));
        Assert.True(Calendar.IsWorkingDay(D("2026-02-28")));
        Assert.Equal(DayKind.Weekday, Calendar.Describe(D("2026-02-24")).Kind);
        Assert.Equal(DayKind.Weekend, Calendar.Describe(D("2026-03-01")).Kind);
    }

    [Fact]
    public void AddWorkingDays_AcrossSpringFestival_SkipsHolidayAndCountsMakeUpSaturday()
    {
        // Friday 13 Feb: the make-up Saturday 14 Feb is the first working day after it.
        Assert.Equal(D("2026-02-14"), Calendar.AddWorkingDays(D("2026-02-13"), new WorkingDays(1)));
        Assert.Equal(D("2026-02-24"), Calendar.AddWorkingDays(D("2026-02-13"), new WorkingDays(2)));
        Assert.Equal(D("2026-02-27"), Calendar.AddWorkingDays(D("2026-02-13"), new WorkingDays(5)));
        Assert.Equal(D("2026-02-28"), Calendar.AddWorkingDays(D("2026-02-13"), new WorkingDays(6)));
        Assert.Equal(D("2026-03-19"), Calendar.AddWorkingDays(D("2026-02-13"), new WorkingDays(20)));
    }

    [Fact]
    public void AddWorkingDays_NationalDay2026_CountsNonAdjacentMakeUpSunday20September()
    {
        Assert.True(Calendar.IsWorkingDay(D("2026-09-20")));
        Assert.Equal(DayKind.MakeUpWorkingDay, Calendar.Describe(D("2026-09-20")).Kind);
        Assert.Equal(D("2026-09-20"), Calendar.AddWorkingDays(D("2026-09-18"), new WorkingDays(1)));
        Assert.Equal(D("2026-09-24"), Calendar.AddWorkingDays(D("2026-09-18"), new WorkingDays(5)));
        Assert.Equal(D("2026-10-22"), Calendar.AddWorkingDays(D("2026-09-18"), new WorkingDays(20)));
    }

    [Fact]
    public void AddWorkingDays_AcrossYearBoundary_ContinuesIntoNextYearsTable()
    {
        Assert.Equal(D("2026-01-13"), Calendar.AddWorkingDays(D("2025-12-15"), new WorkingDays(20)));
        Assert.Equal(D("2026-01-27"), Calendar.AddWorkingDays(D("2025-12-15"), new WorkingDays(30)));
        Assert.Equal(D("2025-12-15"), Calendar.AddWorkingDays(D("2026-01-13"), new WorkingDays(-20)));
    }

    [Fact]
    public void AddWorkingDays_Zero_IsSameWorkingDayOrRollsForwardFromHoliday()
    {
        Assert.Equal(D("2026-02-13"), Calendar.AddWorkingDays(D("2026-02-13"), WorkingDays.Zero));
        Assert.Equal(D("2026-02-24"), Calendar.AddWorkingDays(D("2026-02-16"), WorkingDays.Zero));
    }

    [Fact]
    public void NextAndPreviousWorkingDay_AroundSpringFestival_SkipHolidayBlock()
    {
        Assert.Equal(D("2026-02-24"), Calendar.NextWorkingDay(D("2026-02-14")));
        Assert.Equal(D("2026-02-14"), Calendar.PreviousWorkingDay(D("2026-02-24")));
        Assert.Equal(D("2026-02-13"), Calendar.PreviousWorkingDay(D("2026-02-14")));
    }

    [Fact]
    public void CountWorkingDays_IsInclusiveAndEmptyWhenReversed()
    {
        Assert.Equal(16, Calendar.CountWorkingDays(D("2026-02-01"), D("2026-02-28")).Value);
        Assert.Equal(1, Calendar.CountWorkingDays(D("2026-02-14"), D("2026-02-14")).Value);
        Assert.Equal(0, Calendar.CountWorkingDays(D("2026-02-15"), D("2026-02-23")).Value);
        Assert.Equal(0, Calendar.CountWorkingDays(D("2026-03-02"), D("2026-03-01")).Value);
        Assert.Equal(251 + 248 + 248, Calendar.CountWorkingDays(D("2024-01-01"), D("2026-12-31")).Value);
    }

    [Fact]
    public void AnyOperation_InYearWithoutData_IsRefusedWithCodeAndAdvice()
    {
        var ex = Assert.Throws<DomainException>(() => Calendar.IsWorkingDay(D("2027-03-01")));
        var error = Assert.Single(ex.Errors);
        Assert.Equal("calendar.year-missing", error.Code);
        Assert.Contains("2027", error.Message, StringComparison.Ordinal);
        Assert.Contains("2027.json", error.Message, StringComparison.Ordinal);

        Assert.Throws<DomainException>(() => Calendar.AddWorkingDays(D("2026-12-20"), new WorkingDays(20)));
        Assert.Empty(Calendar.FallbackYears);
    }

    [Fact]
    public void WeekendsOnlyFallback_InYearWithoutData_ComputesAndReportsTheYear()
    {
        var options = new CalendarOptions { MissingYearPolicy = MissingYearPolicy.WeekendsOnly };
        var calendar = HolidayCalendarLoader.Load(options).Calendar!;

        Assert.Empty(calendar.FallbackYears);
        Assert.True(calendar.IsWorkingDay(D("2027-01-01"))); // a Friday: the real New Year holiday is not known
        Assert.True(calendar.Describe(D("2027-01-01")).IsFallback);
        Assert.Equal(D("2027-01-04"), calendar.AddWorkingDays(D("2026-12-31"), new WorkingDays(2)));
        Assert.Equal([2027], calendar.FallbackYears);
        Assert.False(calendar.Describe(D("2026-12-31")).IsFallback);
    }

    [Fact]
    public void Operations_OutsideSupportedRange_AreRefusedEvenWithFallback()
    {
        var calendar = HolidayCalendarLoader.Load(new CalendarOptions { MissingYearPolicy = MissingYearPolicy.WeekendsOnly }).Calendar!;
        var ex = Assert.Throws<DomainException>(() => calendar.IsWorkingDay(new NodaTime.LocalDate(1800, 1, 1)));
        Assert.Equal("calendar.year-out-of-range", ex.Errors[0].Code);
    }
}
