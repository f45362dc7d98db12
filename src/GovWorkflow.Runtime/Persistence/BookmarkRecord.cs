using GovWorkflow.Engine.Execution;
using NodaTime;

namespace GovWorkflow.Runtime.Persistence;

/// <summary>An open wait state of an instance, mirrored from its state so that messages and timers can be found by query.</summary>
public sealed class BookmarkRecord
{
    /// <summary>The instance.</summary>
    public required string InstanceId { get; set; }

    /// <summary>The bookmark key within the instance.</summary>
    public long Key { get; set; }

    /// <summary>What resumes it.</summary>
    public BookmarkKind Kind { get; set; }

    /// <summary>The waiting node.</summary>
    public required string NodeId { get; set; }

    /// <summary>For a message bookmark, the message name.</summary>
    public string? MessageName { get; set; }

    /// <summary>For a timer, when it is due.</summary>
    public Instant? DueAt { get; set; }
}
