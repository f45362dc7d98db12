namespace GovWorkflow.Engine.Expressions;

/// <summary>One positive unary test after <c>in</c>: <c>&lt; 5</c>, <c>[1..5)</c> or a value to match.</summary>
internal abstract class UnaryTest(params ReadOnlySpan<FeelNode?> children)
{
    public int Depth { get; } = Max(children) + 1;

    /// <summary>True, false or null for <paramref name="input"/>.</summary>
    public abstract FeelValue Test(FeelValue input, FeelEvaluationContext context, FeelScope? scope);

    private static int Max(ReadOnlySpan<FeelNode?> children)
    {
        var depth = 0;
        foreach (var child in children)
        {
            depth = Math.Max(depth, child?.Depth ?? 0);
        }

        return depth;
    }
}
