namespace GovWorkflow.Engine.Expressions;

/// <summary>One <c>name in domain</c> of <c>for</c>, <c>some</c> or <c>every</c>; the domain is a list, or <c>from..to</c> integers when <see cref="RangeEnd"/> is set.</summary>
internal sealed record FeelIteration(string Name, FeelNode Domain, FeelNode? RangeEnd)
{
    /// <summary>The most items one iteration domain or one <c>for</c> result may have; beyond it the result is null.</summary>
    public const int MaxItems = 1_000_000;

    public int Depth => Math.Max(Domain.Depth, RangeEnd?.Depth ?? 0);

    public static int MaxDepth(FeelIteration[] iterations, FeelNode body)
    {
        var depth = body.Depth;
        foreach (var iteration in iterations)
        {
            depth = Math.Max(depth, iteration.Depth);
        }

        return depth;
    }

    /// <summary>The items to iterate, or null when the domain is not a list or a valid integer range.</summary>
    public FeelValue[]? Items(FeelEvaluationContext context, FeelScope? scope)
    {
        var domain = Domain.Evaluate(context, scope);
        if (RangeEnd is null)
        {
            return domain.Kind == FeelValueKind.List ? domain.ListItems : null;
        }

        var end = RangeEnd.Evaluate(context, scope);
        if (domain.Kind != FeelValueKind.Number || end.Kind != FeelValueKind.Number)
        {
            return null;
        }

        var from = domain.AsNumber;
        var to = end.AsNumber;
        if (from != decimal.Truncate(from) || to != decimal.Truncate(to) || Math.Abs(to - from) >= MaxItems)
        {
            return null;
        }

        var count = (int)Math.Abs(to - from) + 1;
        var step = to >= from ? 1m : -1m;
        var items = new FeelValue[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = FeelValue.Number(from + (i * step));
        }

        return items;
    }
}
