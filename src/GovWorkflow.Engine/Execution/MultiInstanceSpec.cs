using GovWorkflow.Engine.Expressions;

namespace GovWorkflow.Engine.Execution;

/// <summary>Compiled multi-instance loop characteristics: 会签, 或签, 票签 and 联合验收 are all this.</summary>
/// <param name="IsSequential">One instance after another, rather than all at once.</param>
/// <param name="Collection">The list to iterate, or null when <paramref name="Cardinality"/> gives the count.</param>
/// <param name="ElementVariable">The local variable holding the current item, or null.</param>
/// <param name="Cardinality">The number of instances, when there is no collection.</param>
/// <param name="CompletionCondition">Ends the loop early when true after an instance completes.</param>
public sealed record MultiInstanceSpec(
    bool IsSequential,
    FeelExpression? Collection,
    string? ElementVariable,
    FeelExpression? Cardinality,
    FeelExpression? CompletionCondition);
