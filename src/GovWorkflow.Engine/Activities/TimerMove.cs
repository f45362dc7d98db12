using NodaTime;

namespace GovWorkflow.Engine.Activities;

/// <summary>A handler's request to move an open timer to a new due instant (a deadline extended or suspended).</summary>
/// <remarks>
/// Applied with the activity's completion, in the same transaction, as a <c>RescheduleTimer</c> stimulus. A move of a
/// timer that is gone by then (it fired, its task ended) is skipped: the handler saw an older state.
/// </remarks>
/// <param name="BookmarkKey">The <see cref="OpenTimer.BookmarkKey"/> of the timer.</param>
/// <param name="DueAt">The new due instant.</param>
public sealed record TimerMove(long BookmarkKey, Instant DueAt);
