namespace GovWorkflow.Engine.Expressions;

/// <summary>A list literal <c>[a, b, c]</c>.</summary>
internal sealed class ListNode(FeelNode[] items) : FeelNode(items)
{
    public override FeelValue Evaluate(FeelEvaluationContext context, FeelScope? scope)
    {
        if (items.Length == 0)
        {
            return FeelValue.EmptyList;
        }

        var values = new FeelValue[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            values[i] = items[i].Evaluate(context, scope);
        }

        return FeelValue.FromArray(values);
    }
}
