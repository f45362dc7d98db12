using NodaTime;

namespace GovWorkflow.Runtime.Timers;

/// <summary>Derives scheduler triggers from timer rows; told after each commit which timers were set and which were cancelled.</summary>
/// <remarks>The rows are the truth: a trigger lost in a crash is re-created at start from the open rows.</remarks>
public interface ITimerScheduler
{
    /// <summary>Arranges for the timer to be fired at its due instant (at once when already due).</summary>
    ValueTask ScheduleAsync(long timerId, Instant dueAt, CancellationToken cancellationToken);

    /// <summary>Drops the timer's trigger, if any.</summary>
    ValueTask UnscheduleAsync(long timerId, CancellationToken cancellationToken);
}
