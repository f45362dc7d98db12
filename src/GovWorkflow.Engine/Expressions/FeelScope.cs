using System.Diagnostics.CodeAnalysis;

namespace GovWorkflow.Engine.Expressions;

/// <summary>Names bound inside an expression (iteration variables, filter items, earlier context entries), innermost first.</summary>
/// <remarks>A filter frame makes <c>item</c> and the entries of a context item visible, as FEEL requires for <c>orders[price &gt; 3]</c>.</remarks>
internal sealed class FeelScope
{
    private readonly string? name;
    private readonly FeelValue value;
    private readonly FeelScope? parent;

    private FeelScope(string? name, FeelValue value, FeelScope? parent)
    {
        this.name = name;
        this.value = value;
        this.parent = parent;
    }

    public static FeelScope Bind(FeelScope? parent, string name, FeelValue value) => new(name, value, parent);

    public static FeelScope Item(FeelScope? parent, FeelValue item) => new(null, item, parent);

    public static bool TryResolve(FeelScope? scope, string name, FeelEvaluationContext context, [NotNullWhen(true)] out FeelValue? value)
    {
        for (var frame = scope; frame is not null; frame = frame.parent)
        {
            if (frame.name is null)
            {
                if (string.Equals(name, "item", StringComparison.Ordinal))
                {
                    value = frame.value;
                    return true;
                }

                if (frame.value.TryGetEntry(name, out value))
                {
                    return true;
                }
            }
            else if (string.Equals(frame.name, name, StringComparison.Ordinal))
            {
                value = frame.value;
                return true;
            }
        }

        return context.Variables.TryGet(name, out value);
    }
}
