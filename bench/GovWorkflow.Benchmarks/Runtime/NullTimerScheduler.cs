using GovWorkflow.Runtime.Timers;
using NodaTime;

namespace GovWorkflow.Benchmarks.Runtime;

/// <summary>A scheduler that keeps nothing: bench-20node has no timers, so the throughput runs never call it.</summary>
internal sealed class NullTimerScheduler : ITimerScheduler
{
    public ValueTask ScheduleAsync(long timerId, Instant dueAt, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask UnscheduleAsync(long timerId, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
