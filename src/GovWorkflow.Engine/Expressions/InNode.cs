namespace GovWorkflow.Engine.Expressions;

/// <summary><c>x in tests</c>: true when any test holds, false when all are false, null otherwise.</summary>
internal sealed class InNode(FeelNode input, UnaryTest[] tests) : FeelNode(ChildDepth(input, tests))
{
    public override FeelValue Evaluate(FeelEvaluationContext context, FeelScope? scope)
    {
        var value = input.Evaluate(context, scope);
        var sawNull = false;
        foreach (var test in tests)
        {
            var result = test.Test(value, context, scope);
            if (result.IsTrue)
            {
                return FeelValue.True;
            }

            sawNull |= !ReferenceEquals(result, FeelValue.False);
        }

        return sawNull ? FeelValue.Null : FeelValue.False;
    }

    private static int ChildDepth(FeelNode input, UnaryTest[] tests)
    {
        var depth = input.Depth;
        foreach (var test in tests)
        {
            depth = Math.Max(depth, test.Depth);
        }

        return depth;
    }
}
