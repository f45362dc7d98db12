using NodaTime;

namespace GovWorkflow.Runtime.Persistence;

/// <summary>A timer: the truth from which scheduler triggers are derived. Firing moves it from open to done exactly once.</summary>
public sealed class TimerRecord
{
    /// <summary>Row id; the scheduler's trigger is named after it.</summary>
    public long Id { get; set; }

    /// <summary>The instance.</summary>
    public required string InstanceId { get; set; }

    /// <summary>The timer's bookmark in the instance.</summary>
    public long BookmarkKey { get; set; }

    /// <summary>The timer event's node id.</summary>
    public required string NodeId { get; set; }

    /// <summary>When it is due.</summary>
    public Instant DueAt { get; set; }

    /// <summary>Open (pending), done (fired) or cancelled.</summary>
    public WorkStatus Status { get; set; }

    /// <summary>When it fired or was cancelled.</summary>
    public Instant? ClosedAt { get; set; }
}
