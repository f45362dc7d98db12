namespace GovWorkflow.Domain.Calendar;

/// <summary>What the calendar does with a date in a year for which no holiday file is loaded.</summary>
public enum MissingYearPolicy
{
    /// <summary>Refuse with <c>calendar.year-missing</c>: no deadline is computed from a guess. The default.</summary>
    Refuse,

    /// <summary>
    /// Treat the year as Monday-to-Friday working days with no holidays, and report the year in
    /// <see cref="BusinessCalendar.FallbackYears"/> so that every caller can show that a guess was made.
    /// </summary>
    WeekendsOnly,
}
