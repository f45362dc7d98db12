using NodaTime;

namespace GovWorkflow.Runtime.Persistence;

/// <summary>A service task's custom activity waiting for a worker to run it.</summary>
public sealed class ActivityJobRecord
{
    /// <summary>Row id.</summary>
    public long Id { get; set; }

    /// <summary>The instance.</summary>
    public required string InstanceId { get; set; }

    /// <summary>The service task's bookmark.</summary>
    public long BookmarkKey { get; set; }

    /// <summary>The service task's node id.</summary>
    public required string NodeId { get; set; }

    /// <summary>The activity type (<c>gov:activity</c>).</summary>
    public required string ActivityType { get; set; }

    /// <summary>Open, done or cancelled.</summary>
    public WorkStatus Status { get; set; }

    /// <summary>Failed attempts so far.</summary>
    public int Attempts { get; set; }

    /// <summary>The last failure, for people.</summary>
    public string? LastError { get; set; }

    /// <summary>When it was requested.</summary>
    public Instant CreatedAt { get; set; }

    /// <summary>When it was done or cancelled.</summary>
    public Instant? ClosedAt { get; set; }
}
