namespace GovWorkflow.Engine.Execution;

/// <summary>A wait ended without its stimulus (an interrupting event, a completed activity's boundary timers, a cancel): withdraw the task, timer, activity or call.</summary>
/// <param name="BookmarkKey">The cancelled bookmark.</param>
/// <param name="Kind">What it was.</param>
/// <param name="NodeId">Its node.</param>
public sealed record BookmarkCancelled(long BookmarkKey, BookmarkKind Kind, string NodeId) : Effect;
