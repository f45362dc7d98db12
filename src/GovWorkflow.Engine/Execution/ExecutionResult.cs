namespace GovWorkflow.Engine.Execution;

/// <summary>The outcome of one step: the new state and its effects, or a refusal and the old state unchanged.</summary>
/// <param name="State">The new state; the given state when refused.</param>
/// <param name="Effects">What the runtime must carry out, in order.</param>
/// <param name="Trace">Elements activated, completed and terminated, in order (empty unless tracing is on).</param>
/// <param name="Refusal">Why nothing changed, or null on success.</param>
public sealed record ExecutionResult(
    InstanceState State,
    IReadOnlyList<Effect> Effects,
    IReadOnlyList<TraceEntry> Trace,
    ExecutionRefusal? Refusal)
{
    /// <summary>Whether the stimulus was applied.</summary>
    public bool Succeeded => Refusal is null;
}
