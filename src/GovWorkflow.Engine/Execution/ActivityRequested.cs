using GovWorkflow.Engine.Expressions;

namespace GovWorkflow.Engine.Execution;

/// <summary>A service task was reached: run the custom activity, then answer with <see cref="CompleteActivity"/> or <see cref="ThrowError"/>.</summary>
/// <param name="BookmarkKey">The service task's bookmark.</param>
/// <param name="NodeId">The service task's id.</param>
/// <param name="ActivityType">The custom activity type (<c>gov:activity</c>).</param>
/// <param name="Variables">The variables visible to the task, flattened from its scope outwards.</param>
public sealed record ActivityRequested(long BookmarkKey, string NodeId, string ActivityType, IReadOnlyDictionary<string, FeelValue> Variables) : Effect;
