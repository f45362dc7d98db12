namespace GovWorkflow.Domain.Calendar;

/// <summary>The holiday arrangement of one year as published: the content of one holiday-cn format file.</summary>
/// <remarks>
/// A file for year Y may also list the last days of December of Y-1 (a New Year holiday that starts
/// before 1 January); those entries apply to Y-1 but do not by themselves make Y-1 a known year.
/// </remarks>
/// <param name="Year">The year the file is for.</param>
/// <param name="Papers">Addresses of the notices the dates come from.</param>
/// <param name="Entries">Days off and make-up working days, in file order.</param>
/// <param name="Source">Where the file came from (a path, or <c>built-in:2026.json</c>).</param>
public sealed record HolidayYear(int Year, IReadOnlyList<string> Papers, IReadOnlyList<HolidayEntry> Entries, string Source);
