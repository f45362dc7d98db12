namespace GovWorkflow.Engine.Expressions;

/// <summary><c>x between low and high</c>: both ends included.</summary>
internal sealed class BetweenNode(FeelNode value, FeelNode low, FeelNode high) : FeelNode(value, low, high)
{
    public override FeelValue Evaluate(FeelEvaluationContext context, FeelScope? scope)
    {
        var x = value.Evaluate(context, scope);
        var fromLow = FeelOperations.Compare(x, low.Evaluate(context, scope));
        var toHigh = FeelOperations.Compare(x, high.Evaluate(context, scope));
        return fromLow is null || toHigh is null ? FeelValue.Null : FeelValue.Boolean(fromLow >= 0 && toHigh <= 0);
    }
}
