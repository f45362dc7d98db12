using GovWorkflow.Domain.Calendar;
using GovWorkflow.Domain.Deadlines;
using GovWorkflow.Engine.Execution;
using NodaTime;

namespace GovWorkflow.Activities.Calendar;

/// <summary>Resolves the engine's <c>gov:workingDays</c> timers with the PRC business calendar and the statutory clock's rules.</summary>
/// <remarks>
/// The day a timer starts is not counted (行政许可法 Art. 82: periods count working days; the day of acceptance is
/// not counted); the timer is due at the end of the last working day — midnight Beijing time, or the configured
/// office-hours end (<see cref="DeadlineOptions.OfficeHoursEnd"/>). Zero working days means the end of the day it
/// started if that is a working day, else of the next one.
/// </remarks>
public sealed class StatutoryWorkingDays(StatutoryClock clock) : IWorkingDayCalendar
{
    /// <inheritdoc />
    public Instant AddWorkingDays(Instant from, int workingDays)
    {
        var startedOn = from.InZone(BusinessCalendar.Zone).Date;
        var dueOn = clock.Calendar.AddWorkingDays(startedOn, new WorkingDays(workingDays));
        return clock.EndOfDay(dueOn);
    }
}
