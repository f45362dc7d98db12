using NodaTime;

namespace GovWorkflow.Domain.Calendar;

/// <summary>One year's working days as prefix sums: every calendar operation inside a year is an array lookup.</summary>
internal sealed class YearTable
{
    // workingBefore[i] = working days among the year's days with index < i (index = DayOfYear - 1).
    private readonly short[] workingBefore;

    // workingDays[k] = the year's k-th working day (k from 0), stored as dates so a lookup needs no arithmetic.
    private readonly LocalDate[] workingDays;

    public YearTable(int year, bool isFallback, IReadOnlyDictionary<LocalDate, HolidayEntry> entries)
    {
        Year = year;
        IsFallback = isFallback;
        FirstDay = new LocalDate(year, 1, 1);
        DayCount = NodaTime.CalendarSystem.Iso.GetDaysInYear(year);
        workingBefore = new short[DayCount + 1];
        var working = new List<LocalDate>(262);
        var day = FirstDay;
        for (var i = 0; i < DayCount; i++, day = day.PlusDays(1))
        {
            var isWorking = entries.TryGetValue(day, out var entry)
                ? !entry.IsOffDay
                : day.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday);
            if (isWorking)
            {
                working.Add(day);
            }

            workingBefore[i + 1] = (short)working.Count;
        }

        workingDays = [.. working];
    }

    public int Year { get; }

    public bool IsFallback { get; }

    public LocalDate FirstDay { get; }

    public int DayCount { get; }

    public int WorkingDayCount => workingDays.Length;

    public static int IndexOf(LocalDate date) => date.DayOfYear - 1;

    public bool IsWorking(int dayIndex) => workingBefore[dayIndex + 1] != workingBefore[dayIndex];

    /// <summary>Working days among the days with index below <paramref name="dayIndex"/> (0..DayCount).</summary>
    public int WorkingBefore(int dayIndex) => workingBefore[dayIndex];

    /// <summary>The date of the year's <paramref name="ordinal"/>-th working day, counting from 0.</summary>
    public LocalDate WorkingDayAt(int ordinal) => workingDays[ordinal];
}
