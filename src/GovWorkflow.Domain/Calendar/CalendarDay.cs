using NodaTime;

namespace GovWorkflow.Domain.Calendar;

/// <summary>What the business calendar knows about one date.</summary>
/// <param name="Date">The date.</param>
/// <param name="Kind">Why it is or is not a working day.</param>
/// <param name="HolidayName">The holiday it belongs to, for holidays and make-up days; otherwise null.</param>
/// <param name="IsFallback">True when the year has no holiday data and the weekends-only fallback decided.</param>
public sealed record CalendarDay(LocalDate Date, DayKind Kind, string? HolidayName, bool IsFallback)
{
    /// <summary>Whether work is done on this day (a weekday without holiday, or a make-up working day).</summary>
    public bool IsWorkingDay => Kind is DayKind.Weekday or DayKind.MakeUpWorkingDay;
}
