using NodaTime;

namespace GovWorkflow.Engine.Execution;

/// <summary>A wait state: what the instance waits for, and which element resumes when it comes.</summary>
/// <param name="Key">Unique within the instance; never reused.</param>
/// <param name="Kind">What resumes it.</param>
/// <param name="NodeId">The catching node: the task, the catch or boundary event, or the event-subprocess start.</param>
/// <param name="ElementKey">The element instance it belongs to (the task, the boundary's activity, the scope, the event gateway).</param>
/// <param name="MessageName">For a message bookmark, the message name.</param>
/// <param name="DueAt">For a timer, when it is due.</param>
/// <param name="RemainingRepetitions">For a timer cycle, how many more times it fires after this one; -1 for unbounded.</param>
public sealed record Bookmark(
    long Key,
    BookmarkKind Kind,
    string NodeId,
    long ElementKey,
    string? MessageName = null,
    Instant? DueAt = null,
    int RemainingRepetitions = 0);
