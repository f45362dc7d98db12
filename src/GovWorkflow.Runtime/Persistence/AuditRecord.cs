using NodaTime;

namespace GovWorkflow.Runtime.Persistence;

/// <summary>One line of the append-only audit log: who did what, when, and the state before and after.</summary>
public sealed class AuditRecord
{
    /// <summary>Row id, increasing.</summary>
    public long Id { get; set; }

    /// <summary>The instance concerned, if any.</summary>
    public string? InstanceId { get; set; }

    /// <summary>The user, or <c>system</c> for timers and workers.</summary>
    public required string Actor { get; set; }

    /// <summary>What happened, e.g. <c>instance.start</c>, <c>task.complete</c>, <c>timer.fire</c>, <c>definition.publish</c>.</summary>
    public required string Action { get; set; }

    /// <summary>When.</summary>
    public Instant At { get; set; }

    /// <summary>The instance step before, or the row before (JSON), or null.</summary>
    public string? Before { get; set; }

    /// <summary>After (JSON), or null.</summary>
    public string? After { get; set; }

    /// <summary>Anything else people need to know (a comment, a refusal).</summary>
    public string? Detail { get; set; }
}
