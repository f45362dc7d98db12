using NodaTime;

namespace GovWorkflow.Engine.Execution;

/// <summary>A timer was set: fire it with <see cref="FireTimer"/> at <paramref name="DueAt"/>.</summary>
/// <param name="BookmarkKey">The timer's bookmark.</param>
/// <param name="NodeId">The timer event's id.</param>
/// <param name="DueAt">When it is due.</param>
public sealed record TimerScheduled(long BookmarkKey, string NodeId, Instant DueAt) : Effect;
