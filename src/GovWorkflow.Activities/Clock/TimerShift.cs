using GovWorkflow.Domain.Calendar;
using GovWorkflow.Domain.Deadlines;
using NodaTime;

namespace GovWorkflow.Activities.Clock;

/// <summary>Moves an SLA timer's due instant by whole working days, keeping it at the end of a working day.</summary>
internal static class TimerShift
{
    /// <summary>The due instant <paramref name="workingDays"/> working days after <paramref name="due"/>.</summary>
    /// <remarks>A due instant is the end of its last day (midnight is the next day's first instant), so the day is read one tick before it.</remarks>
    public static Instant By(Instant due, int workingDays, StatutoryClock clock)
    {
        var lastDay = (due - Duration.FromTicks(1)).InZone(BusinessCalendar.Zone).Date;
        return clock.EndOfDay(clock.Calendar.AddWorkingDays(lastDay, new WorkingDays(workingDays)));
    }
}
