namespace GovWorkflow.Runtime.Persistence;

/// <summary>One candidate of a task; indexed by (kind, value) so that "tasks I may claim" is an index lookup.</summary>
public sealed class TaskCandidateRecord
{
    /// <summary>The task.</summary>
    public long TaskId { get; set; }

    /// <summary>User, group or department.</summary>
    public CandidateKind Kind { get; set; }

    /// <summary>The user name, role or department code.</summary>
    public required string Value { get; set; }
}
