namespace GovWorkflow.Engine.Execution;

/// <summary>Why a stimulus was not applied; the instance is unchanged.</summary>
/// <param name="Code">Stable code, e.g. <c>engine.bookmark-missing</c>.</param>
/// <param name="Message">What happened and what to do, in Chinese.</param>
/// <param name="ElementId">The element concerned, or null.</param>
public sealed record ExecutionRefusal(string Code, string Message, string? ElementId = null);
