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

    /// <summary>What one command set and cancelled, at once: a scheduler with a shared store can take each list in one transaction.</summary>
    async ValueTask ApplyAsync(IReadOnlyList<(long TimerId, Instant DueAt)> scheduled, IReadOnlyList<long> cancelled, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scheduled);
        ArgumentNullException.ThrowIfNull(cancelled);
        foreach (var (timerId, dueAt) in scheduled)
        {
            await ScheduleAsync(timerId, dueAt, cancellationToken).ConfigureAwait(false);
        }

        foreach (var timerId in cancelled)
        {
            await UnscheduleAsync(timerId, cancellationToken).ConfigureAwait(false);
        }
    }
}
