using NodaTime;

namespace GovWorkflow.Runtime.Persistence;

/// <summary>A carbon copy (抄送) of a task to a person who should know about it but does not act on it.</summary>
/// <remarks>
/// Kept after the task closes, unlike candidates: a copy is a record that somebody was informed. One row per task and
/// person; indexed by (user, id) so that "tasks copied to me" is an index lookup, newest last.
/// </remarks>
public sealed class TaskCopyRecord
{
    /// <summary>Row id, increasing.</summary>
    public long Id { get; set; }

    /// <summary>The task.</summary>
    public long TaskId { get; set; }

    /// <summary>The task's instance.</summary>
    public required string InstanceId { get; set; }

    /// <summary>The person it was copied to.</summary>
    public required string User { get; set; }

    /// <summary>Who copied it.</summary>
    public required string CopiedBy { get; set; }

    /// <summary>When.</summary>
    public Instant CopiedAt { get; set; }

    /// <summary>What the sender wrote, or null.</summary>
    public string? Comment { get; set; }
}
