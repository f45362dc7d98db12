using System.Collections.Concurrent;
using GovWorkflow.Runtime.Timers;
using NodaTime;

namespace GovWorkflow.Runtime.Tests.TestSupport;

/// <summary>Remembers which triggers the runtime derived, instead of running a scheduler.</summary>
internal sealed class RecordingTimerScheduler : ITimerScheduler
{
    public ConcurrentDictionary<long, Instant> Scheduled { get; } = new();

    public ConcurrentBag<long> Unscheduled { get; } = [];

    public ValueTask ScheduleAsync(long timerId, Instant dueAt, CancellationToken cancellationToken)
    {
        Scheduled[timerId] = dueAt;
        return ValueTask.CompletedTask;
    }

    public ValueTask UnscheduleAsync(long timerId, CancellationToken cancellationToken)
    {
        Scheduled.TryRemove(timerId, out _);
        Unscheduled.Add(timerId);
        return ValueTask.CompletedTask;
    }
}
