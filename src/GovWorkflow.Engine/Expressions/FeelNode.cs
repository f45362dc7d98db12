namespace GovWorkflow.Engine.Expressions;

/// <summary>A node of the parsed expression tree; immutable, so a tree is shared by all threads.</summary>
internal abstract class FeelNode
{
    protected FeelNode(params ReadOnlySpan<FeelNode?> children)
    {
        var depth = 0;
        foreach (var child in children)
        {
            if (child is not null && child.Depth > depth)
            {
                depth = child.Depth;
            }
        }

        Depth = depth + 1;
    }

    /// <summary>For nodes whose children are not all nodes (unary tests, iterations): the depth of the deepest child.</summary>
    protected FeelNode(int childDepth)
    {
        Depth = childDepth + 1;
    }

    /// <summary>The height of the tree below and including this node; the parser refuses deep trees to protect the stack.</summary>
    public int Depth { get; }

    /// <summary>Whether the node usually yields a number, so that callers should take the allocation-free numeric path.</summary>
    public virtual bool IsNumeric => false;

    public abstract FeelValue Evaluate(FeelEvaluationContext context, FeelScope? scope);

    /// <summary>Evaluates to a decimal without allocating; false when the result is not a number (callers then use <see cref="Evaluate"/>).</summary>
    public virtual bool TryEvaluateNumber(FeelEvaluationContext context, FeelScope? scope, out decimal value)
    {
        var result = Evaluate(context, scope);
        if (result.Kind == FeelValueKind.Number)
        {
            value = result.AsNumber;
            return true;
        }

        value = 0m;
        return false;
    }
}
