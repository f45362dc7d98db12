using FsCheck;
using FsCheck.Fluent;
using GovWorkflow.Domain.Calendar;
using GovWorkflow.Domain.Tests.TestSupport;
using NodaTime;

namespace GovWorkflow.Domain.Tests.Calendar;

public sealed class BusinessCalendarPropertyTests
{
    private static readonly BusinessCalendar Calendar = HolidayCalendarLoader.LoadBuiltIn();
    private static readonly LocalDate First = new(2024, 1, 1);

    // Start dates in 2024-2025 and counts that keep every result inside the loaded years 2024-2026.
    private static readonly Arbitrary<(LocalDate Date, int N)> DateAndCount =
        Gen.Zip(Gen.Choose(0, 700), Gen.Choose(0, 100))
            .Select(t => (First.PlusDays(t.Item1), t.Item2))
            .ToArbitrary();

    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(2000);

    [Fact]
    public void Count_FromDateToDatePlusN_IsNPlusOneWhenStartIsWorkingElseN()
    {
        Prop.ForAll(DateAndCount, t =>
        {
            var end = Calendar.AddWorkingDays(t.Date, new WorkingDays(t.N));

            // Adding 0 always ends on one working day: the start itself, or the next one.
            var expected = t.N == 0 ? 1 : t.N + (Calendar.IsWorkingDay(t.Date) ? 1 : 0);
            return Calendar.CountWorkingDays(t.Date, end).Value == expected;
        }).Check(Config);
    }

    [Fact]
    public void Add_IsStrictlyMonotonicInPositiveN()
    {
        Prop.ForAll(DateAndCount, t =>
        {
            var n = Calendar.AddWorkingDays(t.Date, new WorkingDays(t.N));
            var next = Calendar.AddWorkingDays(t.Date, new WorkingDays(t.N + 1));

            // From a holiday, adding 0 rolls forward to the same day that adding 1 reaches.
            return t.N == 0 && !Calendar.IsWorkingDay(t.Date) ? n == next : n < next;
        }).Check(Config);
    }

    [Fact]
    public void Add_IsMonotonicInStartDate()
    {
        Prop.ForAll(DateAndCount, t =>
            Calendar.AddWorkingDays(t.Date, new WorkingDays(t.N)) <= Calendar.AddWorkingDays(t.Date.PlusDays(1), new WorkingDays(t.N)))
            .Check(Config);
    }

    [Fact]
    public void AddZero_OnWorkingDay_IsSameDay()
    {
        Prop.ForAll(DateAndCount, t =>
            !Calendar.IsWorkingDay(t.Date) || Calendar.AddWorkingDays(t.Date, WorkingDays.Zero) == t.Date)
            .Check(Config);
    }

    [Fact]
    public void Add_AlwaysLandsOnWorkingDayAndAgreesWithDayByDayLoop()
    {
        Prop.ForAll(DateAndCount, t =>
        {
            var result = Calendar.AddWorkingDays(t.Date, new WorkingDays(t.N));
            return Calendar.IsWorkingDay(result) && result == ReferenceHolidays.AddByLoop(t.Date, t.N);
        }).Check(Config);
    }

    [Fact]
    public void AddNegative_IsInverseOfAddPositiveFromWorkingDays()
    {
        Prop.ForAll(DateAndCount, t =>
        {
            var start = Calendar.AddWorkingDays(t.Date, WorkingDays.Zero);
            var forward = Calendar.AddWorkingDays(start, new WorkingDays(t.N));
            return Calendar.AddWorkingDays(forward, new WorkingDays(-t.N)) == start
                && Calendar.AddWorkingDays(t.Date.PlusDays(200), new WorkingDays(-t.N)) == ReferenceHolidays.AddByLoop(t.Date.PlusDays(200), -t.N);
        }).Check(Config);
    }

    [Fact]
    public void Count_AgreesWithDayByDayLoop()
    {
        Prop.ForAll(DateAndCount, t =>
            Calendar.CountWorkingDays(t.Date, t.Date.PlusDays(t.N * 3)).Value == ReferenceHolidays.CountByLoop(t.Date, t.Date.PlusDays(t.N * 3)))
            .Check(Config);
    }
}
