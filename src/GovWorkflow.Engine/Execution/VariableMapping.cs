using GovWorkflow.Engine.Expressions;

namespace GovWorkflow.Engine.Execution;

/// <summary>One <c>gov:in</c> or <c>gov:out</c> of a call activity: evaluate the source, store it under the target name.</summary>
/// <param name="Source">Evaluated in the giving scope.</param>
/// <param name="Target">The variable name in the receiving scope.</param>
public sealed record VariableMapping(FeelExpression Source, string Target);
