using GovWorkflow.Engine.Expressions;

namespace GovWorkflow.Engine.Execution;

/// <summary>A call activity was reached: start the called process, then answer with <see cref="CompleteCall"/> or <see cref="ThrowError"/>.</summary>
/// <param name="BookmarkKey">The call activity's bookmark.</param>
/// <param name="NodeId">The call activity's id.</param>
/// <param name="CalledElement">The id of the process to start.</param>
/// <param name="Variables">The called process's initial variables, from the <c>gov:in</c> mappings.</param>
public sealed record CallRequested(long BookmarkKey, string NodeId, string CalledElement, IReadOnlyDictionary<string, FeelValue> Variables) : Effect;
