using NodaTime;

namespace GovWorkflow.Domain.Calendar;

/// <summary>One entry of a State Council holiday notice: a day off, or a make-up working day on a weekend.</summary>
/// <param name="Date">The calendar date.</param>
/// <param name="Name">The holiday the entry belongs to, e.g. 春节.</param>
/// <param name="IsOffDay">True for a statutory day off; false for a make-up working day (调休上班).</param>
public sealed record HolidayEntry(LocalDate Date, string Name, bool IsOffDay);
