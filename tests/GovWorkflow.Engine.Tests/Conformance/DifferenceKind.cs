namespace GovWorkflow.Engine.Tests.Conformance;

/// <summary>What kind of deliberate difference a <see cref="KnownDifference"/> declares.</summary>
public enum DifferenceKind
{
    /// <summary>GovWorkflow records a completion of the element that bpmn-engine does not.</summary>
    OnlyOurs,

    /// <summary>bpmn-engine records a completion of the element that GovWorkflow does not.</summary>
    OnlyTheirs,

    /// <summary>The end states differ: <see cref="KnownDifference.Ours"/> and <see cref="KnownDifference.Theirs"/>.</summary>
    State,
}
