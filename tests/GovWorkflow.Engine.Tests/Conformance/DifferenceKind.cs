namespace GovWorkflow.Engine.Tests.Conformance;

/// <summary>What kind of deliberate difference a <see cref="KnownDifference"/> declares.</summary>
public enum DifferenceKind
{
    /// <summary>GovWorkflow records a completion of the element that bpmn-engine does not.</summary>
    OnlyOurs,

    /// <summary>bpmn-engine records a completion of the element that GovWorkflow does not.</summary>
    OnlyTheirs,

    /// <summary>
    /// A multi-instance activity: GovWorkflow records each inner instance's completion, bpmn-engine one
    /// completion of the whole activity when it ends; only the last of ours is compared.
    /// </summary>
    InnerInstances,

    /// <summary>Both traces are pinned as they are (<see cref="KnownDifference.Ours"/>, <see cref="KnownDifference.Theirs"/>), for a difference in order or count.</summary>
    Trace,

    /// <summary>The end states differ: <see cref="KnownDifference.Ours"/> and <see cref="KnownDifference.Theirs"/>.</summary>
    State,
}
