using NodaTime;

namespace GovWorkflow.Runtime.Persistence;

/// <summary>An effect that leaves the process (a notification): written with the step, sent after it commits, at least once.</summary>
public sealed class OutboxRecord
{
    /// <summary>Row id, increasing: the sending order.</summary>
    public long Id { get; set; }

    /// <summary>The instance, if any.</summary>
    public string? InstanceId { get; set; }

    /// <summary>What it is, e.g. <c>escalation</c>, <c>task.created</c>.</summary>
    public required string Kind { get; set; }

    /// <summary>The content as JSON.</summary>
    public required string Payload { get; set; }

    /// <summary>When it was written.</summary>
    public Instant CreatedAt { get; set; }

    /// <summary>When it was sent, or null while pending.</summary>
    public Instant? SentAt { get; set; }
}
