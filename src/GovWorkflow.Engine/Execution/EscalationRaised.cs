namespace GovWorkflow.Engine.Execution;

/// <summary>An escalation no event caught: tell the supervisors.</summary>
/// <param name="Code">The escalation code.</param>
/// <param name="NodeId">The event that raised it.</param>
public sealed record EscalationRaised(string Code, string NodeId) : Effect;
