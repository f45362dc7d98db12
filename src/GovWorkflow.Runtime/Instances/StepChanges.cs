using NodaTime;

namespace GovWorkflow.Runtime.Instances;

/// <summary>What a committed step asks of the world outside the database: timers to (un)schedule.</summary>
/// <remarks>Filled from the rows the step's statements return, so a timer created and cancelled in one command appears in both.</remarks>
internal sealed class StepChanges
{
    public List<(long Id, Instant DueAt)> ScheduledTimers { get; } = [];

    public List<long> CancelledTimerIds { get; } = [];
}
