namespace GovWorkflow.Engine.Execution;

/// <summary>A timer's due instant has passed.</summary>
/// <param name="BookmarkKey">The timer's bookmark.</param>
public sealed record FireTimer(long BookmarkKey) : Stimulus;
