using GovWorkflow.Domain.Calendar;
using NodaTime;

namespace GovWorkflow.Benchmarks.Calendar;

/// <summary>The straightforward implementation the indexed calendar replaces: a lookup per day, a loop per call.</summary>
internal sealed class DayByDayCalendar
{
    private readonly Dictionary<LocalDate, bool> entries;

    public DayByDayCalendar(BusinessCalendar calendar)
    {
        entries = calendar.Sources.SelectMany(s => s.Entries).ToDictionary(e => e.Date, e => !e.IsOffDay);
    }

    public bool IsWorkingDay(LocalDate date) =>
        entries.TryGetValue(date, out var working) ? working : date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday);

    public LocalDate AddWorkingDays(LocalDate date, int n)
    {
        while (n > 0)
        {
            date = date.PlusDays(1);
            if (IsWorkingDay(date))
            {
                n--;
            }
        }

        return date;
    }

    public int CountWorkingDays(LocalDate from, LocalDate to)
    {
        var count = 0;
        for (var date = from; date <= to; date = date.PlusDays(1))
        {
            if (IsWorkingDay(date))
            {
                count++;
            }
        }

        return count;
    }
}
