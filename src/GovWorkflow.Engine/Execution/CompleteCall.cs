using GovWorkflow.Engine.Expressions;

namespace GovWorkflow.Engine.Execution;

/// <summary>A called process completed; the call activity's <c>gov:out</c> mappings read its variables.</summary>
/// <param name="BookmarkKey">The call activity's bookmark.</param>
/// <param name="Variables">The called instance's final variables.</param>
public sealed record CompleteCall(long BookmarkKey, IReadOnlyDictionary<string, FeelValue> Variables) : Stimulus;
