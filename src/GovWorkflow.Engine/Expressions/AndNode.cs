namespace GovWorkflow.Engine.Expressions;

/// <summary><c>a and b</c>: false if either is false, true if both are true, null otherwise (non-booleans count as null).</summary>
internal sealed class AndNode(FeelNode left, FeelNode right) : FeelNode(left, right)
{
    public override FeelValue Evaluate(FeelEvaluationContext context, FeelScope? scope)
    {
        var l = left.Evaluate(context, scope);
        if (ReferenceEquals(l, FeelValue.False))
        {
            return FeelValue.False;
        }

        var r = right.Evaluate(context, scope);
        if (ReferenceEquals(r, FeelValue.False))
        {
            return FeelValue.False;
        }

        return l.IsTrue && r.IsTrue ? FeelValue.True : FeelValue.Null;
    }
}
