namespace GovWorkflow.Runtime.Instances;

/// <summary>What a committed step asks of the world outside the database: timers to (un)schedule.</summary>
internal sealed class StepChanges
{
    public List<Persistence.TimerRecord> ScheduledTimers { get; } = [];

    public List<long> CancelledTimerIds { get; } = [];
}
