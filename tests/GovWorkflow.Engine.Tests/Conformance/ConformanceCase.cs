namespace GovWorkflow.Engine.Tests.Conformance;

/// <summary>One process, its start variables and a sequence of stimuli, run through both engines.</summary>
/// <param name="Name">Unique case name (the theory's data row).</param>
/// <param name="Fixture">The process file in <c>Conformance/Processes/</c>, without <c>.bpmn</c>.</param>
/// <param name="Variables">Start variables.</param>
/// <param name="Steps">Stimuli, applied in order.</param>
/// <param name="Ordering">How strictly the order of completions is compared.</param>
/// <param name="Differences">Deliberate differences, each with its reason.</param>
public sealed record ConformanceCase(
    string Name,
    string Fixture,
    IReadOnlyDictionary<string, object?> Variables,
    IReadOnlyList<ConformanceStep> Steps,
    TraceOrdering Ordering,
    IReadOnlyList<KnownDifference> Differences)
{
    public static ConformanceCase Of(string name, string fixture, params ConformanceStep[] steps) =>
        new(name, fixture, new Dictionary<string, object?>(StringComparer.Ordinal), steps, TraceOrdering.Exact, []);

    public ConformanceCase With(string variable, object? value) =>
        this with { Variables = new Dictionary<string, object?>(Variables, StringComparer.Ordinal) { [variable] = value } };

    public ConformanceCase InAnyOrderPerStep() => this with { Ordering = TraceOrdering.PerStep };

    public ConformanceCase Differing(params KnownDifference[] differences) => this with { Differences = [.. Differences, .. differences] };

    public override string ToString() => Name;
}
