using GovWorkflow.Engine.Expressions;

namespace GovWorkflow.Engine.Execution;

/// <summary>A person completed a user task; its variables are set before the token moves on.</summary>
/// <param name="BookmarkKey">The task's bookmark.</param>
/// <param name="Variables">Variables the task sets (a decision, a comment).</param>
public sealed record CompleteTask(long BookmarkKey, IReadOnlyDictionary<string, FeelValue> Variables) : Stimulus;
