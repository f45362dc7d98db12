namespace GovWorkflow.Engine.Execution;

/// <summary>Why an instance failed: an error no boundary or event subprocess caught.</summary>
/// <param name="Code">Stable code, e.g. <c>engine.uncaught-error</c>.</param>
/// <param name="Message">What happened and what to do, in Chinese.</param>
/// <param name="ElementId">The element where it happened.</param>
public sealed record Incident(string Code, string Message, string ElementId);
