using GovWorkflow.Domain.Calendar;
using GovWorkflow.Domain.Deadlines;
using NodaTime;

namespace GovWorkflow.Domain.Cases;

/// <summary>The statutory clock of a whole case: the bundle's limits over the case's acceptance, suspensions and extension.</summary>
public static class CaseClock
{
    /// <summary>The clock at <paramref name="now"/>.</summary>
    public static ClockSnapshot At(CaseFile file, DeadlinePolicy policy, StatutoryClock clock, Instant now)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(clock);
        if (file.DeadlineRequest(policy) is not { } request)
        {
            return ClockSnapshot.NotStarted;
        }

        // A decided or ended case stops counting on the day it stopped.
        var stoppedOn = file.StoppedOn ?? file.Decision?.DecidedOn;
        var stopped = stoppedOn is not null || file.Status is CaseStatus.Refused or CaseStatus.Withdrawn or CaseStatus.Revoked;
        var evaluatedAt = stoppedOn is { } day ? clock.EndOfDay(day) - Duration.FromTicks(1) : now;
        if (evaluatedAt > now)
        {
            evaluatedAt = now;
        }

        var status = clock.Evaluate(request, evaluatedAt);
        var state = stopped ? ClockState.Stopped : status.IsSuspended ? ClockState.Suspended : ClockState.Running;
        var level = stopped && status.Level != WarningLevel.Red ? WarningLevel.Normal : status.Level;
        return new ClockSnapshot(state, status.Promised.Used.Value, status.Statutory.Limit.Value, status.Promised.Limit.Value, status.Promised.DueDate, level);
    }

    /// <summary>Working days counted from acceptance through the decision (or through today), for reports.</summary>
    public static WorkingDays Used(CaseFile file, DeadlinePolicy policy, StatutoryClock clock, Instant now) => new(At(file, policy, clock, now).Used);
}
