using NodaTime;

namespace GovWorkflow.Runtime.Persistence;

/// <summary>An added signer (加签) of an open task: a person whose opinion the task waits for before it can be completed.</summary>
/// <remarks>
/// Not an engine wait: the process still waits at the task itself. The task's assignee asks; the signer signs (agrees
/// or not, with a comment) or the asker withdraws the request. One row per task and signer; kept after the task
/// closes, as the record of who signed what.
/// </remarks>
public sealed class TaskSignerRecord
{
    /// <summary>Row id, increasing.</summary>
    public long Id { get; set; }

    /// <summary>The task.</summary>
    public long TaskId { get; set; }

    /// <summary>The task's instance.</summary>
    public required string InstanceId { get; set; }

    /// <summary>Who is asked to sign.</summary>
    public required string Signer { get; set; }

    /// <summary>Who asked.</summary>
    public required string AddedBy { get; set; }

    /// <summary>When.</summary>
    public Instant AddedAt { get; set; }

    /// <summary>What the asker wrote, or null.</summary>
    public string? Request { get; set; }

    /// <summary>Open while the signer has not signed; done once signed; cancelled when withdrawn or the task closed first.</summary>
    public WorkStatus Status { get; set; }

    /// <summary>Whether the signer agreed; null until signed.</summary>
    public bool? Agreed { get; set; }

    /// <summary>The signer's opinion, or null.</summary>
    public string? Opinion { get; set; }

    /// <summary>When it was signed or cancelled.</summary>
    public Instant? ClosedAt { get; set; }
}
