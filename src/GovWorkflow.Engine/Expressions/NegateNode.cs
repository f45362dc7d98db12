namespace GovWorkflow.Engine.Expressions;

/// <summary>Unary minus of a number or a duration.</summary>
internal sealed class NegateNode(FeelNode operand) : FeelNode(operand)
{
    public override bool IsNumeric => true;

    public override FeelValue Evaluate(FeelEvaluationContext context, FeelScope? scope) =>
        FeelOperations.Negate(operand.Evaluate(context, scope));

    public override bool TryEvaluateNumber(FeelEvaluationContext context, FeelScope? scope, out decimal value)
    {
        var ok = operand.TryEvaluateNumber(context, scope, out var v);
        value = -v;
        return ok;
    }
}
