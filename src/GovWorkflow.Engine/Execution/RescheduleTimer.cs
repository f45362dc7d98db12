using NodaTime;

namespace GovWorkflow.Engine.Execution;

/// <summary>Moves an open timer to a new due instant (a deadline extended, suspended or brought forward).</summary>
/// <remarks>
/// The timer's bookmark is replaced by one with a new key (keys are never reused, and the runtime keys its timer rows
/// by them): the effects are <see cref="BookmarkCancelled"/> for the old key and <see cref="TimerScheduled"/> for the
/// new one. The event, the element it waits for and a cycle's remaining repetitions stay; no token moves.
/// </remarks>
/// <param name="BookmarkKey">The timer's bookmark.</param>
/// <param name="DueAt">The new due instant; one already past makes the timer due at once.</param>
public sealed record RescheduleTimer(long BookmarkKey, Instant DueAt) : Stimulus;
