namespace GovWorkflow.Engine.Expressions;

/// <summary><c>some x in xs satisfies c</c> and <c>every x in xs satisfies c</c>, over every combination of the iterations.</summary>
/// <remarks>
/// <c>some</c> is true when one combination gives true, else false (as feelin and the FEEL 1.3 text read it);
/// <c>every</c> is false when one combination is not true, else true. A domain that is not a list gives null.
/// </remarks>
internal sealed class QuantifiedNode(bool every, FeelIteration[] iterations, FeelNode condition) : FeelNode(FeelIteration.MaxDepth(iterations, condition))
{
    public override FeelValue Evaluate(FeelEvaluationContext context, FeelScope? scope) => Visit(0, context, scope);

    private FeelValue Visit(int level, FeelEvaluationContext context, FeelScope? scope)
    {
        if (level == iterations.Length)
        {
            return condition.Evaluate(context, scope);
        }

        var items = iterations[level].Items(context, scope);
        if (items is null)
        {
            return FeelValue.Null;
        }

        foreach (var item in items)
        {
            var result = Visit(level + 1, context, FeelScope.Bind(scope, iterations[level].Name, item));
            if (result.IsNull && level + 1 < iterations.Length)
            {
                return FeelValue.Null;
            }

            if (every ? !result.IsTrue : result.IsTrue)
            {
                return every ? FeelValue.False : FeelValue.True;
            }
        }

        return every ? FeelValue.True : FeelValue.False;
    }
}
