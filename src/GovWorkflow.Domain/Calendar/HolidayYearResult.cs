using GovWorkflow.Domain.Errors;

namespace GovWorkflow.Domain.Calendar;

/// <summary>A parsed holiday file, or every problem that kept it from being read.</summary>
/// <param name="Year">The year's data; null exactly when <paramref name="Errors"/> is not empty.</param>
/// <param name="Errors">Every problem found in the file.</param>
public sealed record HolidayYearResult(HolidayYear? Year, IReadOnlyList<DomainError> Errors);
