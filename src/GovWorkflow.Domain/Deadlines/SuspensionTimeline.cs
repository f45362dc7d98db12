using GovWorkflow.Domain.Calendar;
using NodaTime;

namespace GovWorkflow.Domain.Deadlines;

/// <summary>The days a case's clock counts: working days after acceptance, minus merged Art. 45 intervals.</summary>
/// <remarks>
/// Intervals are clipped to the days after acceptance and merged when they touch or overlap, so each
/// excluded day is excluded once. Each query costs a few calendar lookups per interval.
/// </remarks>
internal sealed class SuspensionTimeline
{
    private readonly BusinessCalendar calendar;
    private readonly LocalDate acceptedOn;
    private readonly List<(LocalDate From, LocalDate To)> intervals;

    public SuspensionTimeline(BusinessCalendar calendar, LocalDate acceptedOn, IEnumerable<SuspensionInterval> suspensions, LocalDate today)
    {
        this.calendar = calendar;
        this.acceptedOn = acceptedOn;
        var firstCounted = acceptedOn.PlusDays(1);
        intervals = [];
        foreach (var (from, to) in suspensions
            .Select(s => (From: s.From < firstCounted ? firstCounted : s.From, To: s.To ?? Max(today, s.From)))
            .Where(s => s.From <= s.To)
            .OrderBy(s => s.From))
        {
            if (intervals.Count > 0 && from <= intervals[^1].To.PlusDays(1))
            {
                var last = intervals[^1];
                intervals[^1] = (last.From, Max(last.To, to));
            }
            else
            {
                intervals.Add((from, to));
            }
        }
    }

    /// <summary>Whether <paramref name="date"/> lies in a suspension.</summary>
    public bool IsSuspended(LocalDate date) => intervals.Any(i => i.From <= date && date <= i.To);

    /// <summary>The day on which the <paramref name="ordinal"/>-th counted working day falls; the day of acceptance for 0.</summary>
    public LocalDate CountedDay(int ordinal)
    {
        if (ordinal <= 0)
        {
            return acceptedOn;
        }

        var cursor = acceptedOn;
        var remaining = ordinal;
        foreach (var (from, to) in intervals)
        {
            var available = calendar.CountWorkingDays(cursor.PlusDays(1), from.PlusDays(-1)).Value;
            if (remaining <= available)
            {
                return calendar.AddWorkingDays(cursor, new WorkingDays(remaining));
            }

            remaining -= available;
            cursor = to;
        }

        return calendar.AddWorkingDays(cursor, new WorkingDays(remaining));
    }

    /// <summary>Counted working days from the day after acceptance through <paramref name="date"/>.</summary>
    public int CountedThrough(LocalDate date)
    {
        var total = calendar.CountWorkingDays(acceptedOn.PlusDays(1), date).Value;
        return total - SuspendedThrough(date);
    }

    /// <summary>Working days excluded by suspensions from the day after acceptance through <paramref name="date"/>.</summary>
    public int SuspendedThrough(LocalDate date)
    {
        var suspended = 0;
        foreach (var (from, to) in intervals)
        {
            if (from > date)
            {
                break;
            }

            suspended += calendar.CountWorkingDays(from, Min(to, date)).Value;
        }

        return suspended;
    }

    private static LocalDate Max(LocalDate a, LocalDate b) => a > b ? a : b;

    private static LocalDate Min(LocalDate a, LocalDate b) => a < b ? a : b;
}
