using GovWorkflow.Engine.Expressions;

namespace GovWorkflow.Engine.Execution;

/// <summary>The runtime ran a service task's custom activity; its outputs are set before the token moves on.</summary>
/// <param name="BookmarkKey">The service task's bookmark.</param>
/// <param name="Variables">The activity's outputs.</param>
public sealed record CompleteActivity(long BookmarkKey, IReadOnlyDictionary<string, FeelValue> Variables) : Stimulus;
