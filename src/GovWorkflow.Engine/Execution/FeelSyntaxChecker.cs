using GovWorkflow.Engine.Expressions;
using GovWorkflow.Engine.Validation;

namespace GovWorkflow.Engine.Execution;

/// <summary>Plugs the FEEL parser into the executable validator, so bad conditions are reported before anything runs.</summary>
public sealed class FeelSyntaxChecker : IExpressionSyntaxChecker
{
    /// <summary>The one instance; it holds no state.</summary>
    public static FeelSyntaxChecker Instance { get; } = new();

    /// <inheritdoc />
    public string? Check(string expression) =>
        FeelExpression.Parse(expression).Error is { } error
            ? $"FEEL 表达式第 {error.Column} 列：{error.Message}"
            : null;
}
