namespace GovWorkflow.Engine.Expressions;

/// <summary>A constant.</summary>
internal sealed class LiteralNode(FeelValue value) : FeelNode
{
    public FeelValue Value { get; } = value;

    public override bool IsNumeric => Value.Kind == FeelValueKind.Number;

    public override FeelValue Evaluate(FeelEvaluationContext context, FeelScope? scope) => Value;
}
