using NodaTime;

namespace GovWorkflow.Runtime.Persistence;

/// <summary>A user task in the inboxes: who may work on it, when it is due, and whether it is done.</summary>
/// <remarks>
/// The warning level is not stored: it follows from <see cref="BlueAt"/>, <see cref="YellowAt"/> and <see cref="DueAt"/>
/// at the moment of the query, so it is never stale and needs no job to flip it. <see cref="Version"/> is the
/// optimistic-concurrency token: of two people completing the same task, one wins.
/// </remarks>
public sealed class TaskRecord
{
    /// <summary>Row id: the task id people and the API use.</summary>
    public long Id { get; set; }

    /// <summary>The instance.</summary>
    public required string InstanceId { get; set; }

    /// <summary>The task's bookmark in the instance.</summary>
    public long BookmarkKey { get; set; }

    /// <summary>The user task's node id.</summary>
    public required string NodeId { get; set; }

    /// <summary>The user task's name.</summary>
    public string? Name { get; set; }

    /// <summary>The person it is assigned to, or null while it waits in a queue.</summary>
    public string? Assignee { get; set; }

    /// <summary>While delegated (委派): the person who delegated it and gets it back on resolve; null otherwise.</summary>
    /// <remarks>The delegate is the <see cref="Assignee"/> meanwhile; only the owner completes it once resolved.</remarks>
    public string? Owner { get; set; }

    /// <summary>The first candidate department: the queue it sits in.</summary>
    public string? Department { get; set; }

    /// <summary>The form people fill in.</summary>
    public string? FormKey { get; set; }

    /// <summary>For an instance of a multi-instance task, its counter from 1.</summary>
    public int LoopCounter { get; set; }

    /// <summary>Open, done or cancelled.</summary>
    public WorkStatus Status { get; set; }

    /// <summary>When it was created.</summary>
    public Instant CreatedAt { get; set; }

    /// <summary>When a blue warning starts, or null.</summary>
    public Instant? BlueAt { get; set; }

    /// <summary>When a yellow warning starts, or null.</summary>
    public Instant? YellowAt { get; set; }

    /// <summary>When it is overdue (red), or null when it has no deadline.</summary>
    public Instant? DueAt { get; set; }

    /// <summary>When it was completed or cancelled.</summary>
    public Instant? ClosedAt { get; set; }

    /// <summary>Who completed it.</summary>
    public string? ClosedBy { get; set; }

    /// <summary>Concurrency token, incremented on every change.</summary>
    public long Version { get; set; }

    /// <summary>Candidate users, groups and departments.</summary>
    public ICollection<TaskCandidateRecord> Candidates { get; set; } = [];
}
