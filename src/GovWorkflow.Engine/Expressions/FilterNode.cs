namespace GovWorkflow.Engine.Expressions;

/// <summary><c>xs[i]</c> (1-based, negative from the end) or <c>xs[condition]</c> with <c>item</c> and the item's entries in scope.</summary>
/// <remarks>
/// Which one is decided by the value, as FEEL does: if the filter evaluated for the first item is a number,
/// the filter is an index. A value that is not a list is filtered as a list of that one value.
/// </remarks>
internal sealed class FilterNode(FeelNode target, FeelNode filter) : FeelNode(target, filter)
{
    public override FeelValue Evaluate(FeelEvaluationContext context, FeelScope? scope)
    {
        var source = target.Evaluate(context, scope);
        if (source.Kind == FeelValueKind.Null)
        {
            return FeelValue.Null;
        }

        var items = source.Kind == FeelValueKind.List ? source.ListItems : [source];
        if (items.Length == 0)
        {
            return filter.Evaluate(context, scope).Kind == FeelValueKind.Number ? FeelValue.Null : FeelValue.EmptyList;
        }

        var first = filter.Evaluate(context, FeelScope.Item(scope, items[0]));
        if (first.Kind == FeelValueKind.Number)
        {
            return Index(items, first.AsNumber);
        }

        List<FeelValue>? kept = null;
        for (var i = 0; i < items.Length; i++)
        {
            var test = i == 0 ? first : filter.Evaluate(context, FeelScope.Item(scope, items[i]));
            if (test.IsTrue)
            {
                kept ??= new List<FeelValue>(items.Length - i);
                kept.Add(items[i]);
            }
        }

        return kept is null ? FeelValue.EmptyList : FeelValue.FromArray([.. kept]);
    }

    private static FeelValue Index(FeelValue[] items, decimal position)
    {
        if (position != decimal.Truncate(position) || position == 0m || Math.Abs(position) > items.Length)
        {
            return FeelValue.Null;
        }

        var at = (int)position;
        return at > 0 ? items[at - 1] : items[items.Length + at];
    }
}
