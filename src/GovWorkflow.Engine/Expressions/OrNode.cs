namespace GovWorkflow.Engine.Expressions;

/// <summary><c>a or b</c>: true if either is true, false if both are false, null otherwise (non-booleans count as null).</summary>
internal sealed class OrNode(FeelNode left, FeelNode right) : FeelNode(left, right)
{
    public override FeelValue Evaluate(FeelEvaluationContext context, FeelScope? scope)
    {
        var l = left.Evaluate(context, scope);
        if (l.IsTrue)
        {
            return FeelValue.True;
        }

        var r = right.Evaluate(context, scope);
        if (r.IsTrue)
        {
            return FeelValue.True;
        }

        return ReferenceEquals(l, FeelValue.False) && ReferenceEquals(r, FeelValue.False) ? FeelValue.False : FeelValue.Null;
    }
}
