namespace GovWorkflow.Engine.Expressions;

/// <summary><c>a = b</c>, <c>a != b</c>, <c>a &lt; b</c> and the other orderings, with FEEL null semantics.</summary>
internal sealed class ComparisonNode(ComparisonOperator op, FeelNode left, FeelNode right) : FeelNode(left, right)
{
    public override FeelValue Evaluate(FeelEvaluationContext context, FeelScope? scope)
    {
        // Arithmetic operands (nrOfCompletedInstances >= nrOfInstances * 0.6) compare as decimals without boxing.
        if ((left.IsNumeric || right.IsNumeric)
            && left.TryEvaluateNumber(context, scope, out var l)
            && right.TryEvaluateNumber(context, scope, out var r))
        {
            return FeelValue.Boolean(Holds(op, l.CompareTo(r)));
        }

        return Apply(op, left.Evaluate(context, scope), right.Evaluate(context, scope));
    }

    public static FeelValue Apply(ComparisonOperator op, FeelValue left, FeelValue right)
    {
        switch (op)
        {
            case ComparisonOperator.Equal:
                return FeelOperations.Equal(left, right);
            case ComparisonOperator.NotEqual:
                return FeelOperations.NotEqual(left, right);
            default:
                var order = FeelOperations.Compare(left, right);
                return order is null ? FeelValue.Null : FeelValue.Boolean(Holds(op, order.Value));
        }
    }

    private static bool Holds(ComparisonOperator op, int order) => op switch
    {
        ComparisonOperator.Equal => order == 0,
        ComparisonOperator.NotEqual => order != 0,
        ComparisonOperator.Less => order < 0,
        ComparisonOperator.LessOrEqual => order <= 0,
        ComparisonOperator.Greater => order > 0,
        _ => order >= 0,
    };
}
