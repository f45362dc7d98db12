namespace GovWorkflow.Engine.Expressions;

/// <summary><c>for x in xs, y in ys return e</c>: the list of <c>e</c> for every combination, in order.</summary>
internal sealed class ForNode(FeelIteration[] iterations, FeelNode body) : FeelNode(FeelIteration.MaxDepth(iterations, body))
{
    public override FeelValue Evaluate(FeelEvaluationContext context, FeelScope? scope)
    {
        var results = new List<FeelValue>();
        return Visit(0, context, scope, results) ? FeelValue.FromArray([.. results]) : FeelValue.Null;
    }

    private bool Visit(int level, FeelEvaluationContext context, FeelScope? scope, List<FeelValue> results)
    {
        if (level == iterations.Length)
        {
            results.Add(body.Evaluate(context, scope));
            return results.Count <= FeelIteration.MaxItems;
        }

        var items = iterations[level].Items(context, scope);
        if (items is null)
        {
            return false;
        }

        foreach (var item in items)
        {
            if (!Visit(level + 1, context, FeelScope.Bind(scope, iterations[level].Name, item), results))
            {
                return false;
            }
        }

        return true;
    }
}
