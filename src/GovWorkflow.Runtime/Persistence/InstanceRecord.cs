using GovWorkflow.Engine.Execution;
using NodaTime;

namespace GovWorkflow.Runtime.Persistence;

/// <summary>A process instance: its engine state as JSON, and the columns queries need.</summary>
/// <remarks><see cref="Sequence"/> is the optimistic-concurrency token: a step saves only if nobody saved since it loaded.</remarks>
public sealed class InstanceRecord
{
    /// <summary>The instance id (a case number for top-level instances).</summary>
    public required string Id { get; set; }

    /// <summary>The BPMN process id.</summary>
    public required string ProcessId { get; set; }

    /// <summary>The definition version it runs; kept for its whole life.</summary>
    public int DefinitionVersion { get; set; }

    /// <summary>Running, completed, terminated or failed.</summary>
    public InstanceStatus Status { get; set; }

    /// <summary>The engine state (<see cref="InstanceStateJson"/>).</summary>
    public required string State { get; set; }

    /// <summary>Steps applied; the concurrency token.</summary>
    public long Sequence { get; set; }

    /// <summary>For an instance started by a call activity: the calling instance.</summary>
    public string? ParentInstanceId { get; set; }

    /// <summary>For an instance started by a call activity: the call's bookmark in the calling instance.</summary>
    public long? ParentBookmarkKey { get; set; }

    /// <summary>When it started.</summary>
    public Instant CreatedAt { get; set; }

    /// <summary>When it last changed.</summary>
    public Instant UpdatedAt { get; set; }

    /// <summary>When it ended, or null.</summary>
    public Instant? EndedAt { get; set; }

    /// <summary>When a supervisor suspended (挂起) the instance, or null while it runs freely.</summary>
    /// <remarks>
    /// A suspended instance takes no step but its cancellation: tasks cannot be completed, timers that come due wait,
    /// and activity jobs are not picked up until it is resumed. A case's called instances are suspended with it.
    /// </remarks>
    public Instant? SuspendedAt { get; set; }

    /// <summary>Who suspended it.</summary>
    public string? SuspendedBy { get; set; }
}
