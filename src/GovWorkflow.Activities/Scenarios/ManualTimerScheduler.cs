using GovWorkflow.Runtime.Timers;
using NodaTime;

namespace GovWorkflow.Activities.Scenarios;

/// <summary>No triggers: under time travel the scenario fires due timer rows itself (the rows are the truth).</summary>
public sealed class ManualTimerScheduler : ITimerScheduler
{
    /// <inheritdoc />
    public ValueTask ScheduleAsync(long timerId, Instant dueAt, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    /// <inheritdoc />
    public ValueTask UnscheduleAsync(long timerId, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
