using GovWorkflow.Domain.Errors;

namespace GovWorkflow.Domain.Calendar;

/// <summary>A business calendar, or every problem that kept it from being built.</summary>
/// <param name="Calendar">The calendar; null exactly when <paramref name="Errors"/> is not empty.</param>
/// <param name="Errors">Every problem found.</param>
public sealed record BusinessCalendarResult(BusinessCalendar? Calendar, IReadOnlyList<DomainError> Errors);
