namespace GovWorkflow.Engine.Execution;

/// <summary>The instance completed, was terminated or failed; <see cref="InstanceState.Status"/> says which.</summary>
/// <param name="Status">The final status.</param>
public sealed record InstanceEnded(InstanceStatus Status) : Effect;
