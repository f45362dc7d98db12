namespace GovWorkflow.Engine.Tests.Conformance;

/// <summary>A difference from bpmn-engine that GovWorkflow makes on purpose, with the reason.</summary>
/// <remarks>
/// Declared next to the case it belongs to and checked both ways: the comparison fails if the difference
/// does not occur (a stale entry), and every other difference still fails. Nothing is skipped silently.
/// </remarks>
/// <param name="Kind">Which side differs and how.</param>
/// <param name="NodeId">For element differences, the element whose completions appear on one side only.</param>
/// <param name="Ours">GovWorkflow's state, or for a pinned trace its completions as <see cref="RunOutcome.CompletedText"/> writes them.</param>
/// <param name="Theirs">bpmn-engine's state or pinned completions.</param>
/// <param name="Reason">Why we differ on purpose.</param>
public sealed record KnownDifference(DifferenceKind Kind, string? NodeId, string? Ours, string? Theirs, string Reason)
{
    public static KnownDifference OnlyOurs(string nodeId, string reason) => new(DifferenceKind.OnlyOurs, nodeId, null, null, reason);

    public static KnownDifference OnlyTheirs(string nodeId, string reason) => new(DifferenceKind.OnlyTheirs, nodeId, null, null, reason);

    public static KnownDifference InnerInstances(string nodeId, string reason) => new(DifferenceKind.InnerInstances, nodeId, null, null, reason);

    public static KnownDifference Trace(string ours, string theirs, string reason) => new(DifferenceKind.Trace, null, ours, theirs, reason);

    public static KnownDifference State(string ours, string theirs, string reason) => new(DifferenceKind.State, null, ours, theirs, reason);
}
