namespace GovWorkflow.Engine.Expressions;

/// <summary>A context literal <c>{a: 1, "b c": a + 1}</c>; an entry may read the entries before it.</summary>
internal sealed class ContextNode(string[] keys, FeelNode[] values) : FeelNode(values)
{
    public override FeelValue Evaluate(FeelEvaluationContext context, FeelScope? scope)
    {
        var entries = new KeyValuePair<string, FeelValue>[keys.Length];
        var inner = scope;
        for (var i = 0; i < keys.Length; i++)
        {
            var value = values[i].Evaluate(context, inner);
            entries[i] = new KeyValuePair<string, FeelValue>(keys[i], value);
            if (i + 1 < keys.Length)
            {
                inner = FeelScope.Bind(inner, keys[i], value);
            }
        }

        return FeelValue.Context(entries);
    }
}
