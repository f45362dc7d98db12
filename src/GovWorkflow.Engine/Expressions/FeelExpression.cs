using System.Collections.Frozen;

namespace GovWorkflow.Engine.Expressions;

/// <summary>A parsed FEEL expression: parse once, evaluate many times, from any thread.</summary>
/// <remarks>
/// Safe by construction: an expression can read only the variables it is given and the time the caller
/// passes; it has no reflection, no I/O and no clock. Built-in functions are resolved when parsing, and
/// evaluating comparisons of names, literals and arithmetic allocates nothing.
/// </remarks>
public sealed class FeelExpression
{
    private readonly FeelNode root;

    private FeelExpression(string text, FeelNode root, IReadOnlySet<string> freeVariables)
    {
        Text = text;
        this.root = root;
        FreeVariables = freeVariables;
    }

    /// <summary>The source text.</summary>
    public string Text { get; }

    /// <summary>The top-level variable names the expression reads, for validating a model against its declared variables.</summary>
    /// <remarks>
    /// Names bound inside the expression (<c>for x in</c>, <c>some x in</c>, earlier context entries) are not
    /// listed. Names inside a filter (<c>orders[price &gt; limit]</c>) are not listed either: they may be entries
    /// of the list items, which only the data can tell.
    /// </remarks>
    public IReadOnlySet<string> FreeVariables { get; }

    /// <summary>Parses <paramref name="text"/>; never throws, whatever the input.</summary>
    public static FeelParseResult Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            var tree = FeelParser.Parse(text, out var free);
            return new FeelParseResult(new FeelExpression(text, tree, free.ToFrozenSet(StringComparer.Ordinal)), null);
        }
        catch (FeelSyntaxException e)
        {
            return new FeelParseResult(null, e.Error);
        }
    }

    /// <summary>Evaluates the expression; never throws: runtime errors (wrong types, division by zero, overflow) yield <see cref="FeelValue.Null"/>.</summary>
    public FeelValue Evaluate(FeelEvaluationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            return root.Evaluate(context, null);
        }
        catch (Exception e) when (e is ArithmeticException or ArgumentException or InvalidOperationException or IndexOutOfRangeException)
        {
            return FeelValue.Null;
        }
    }

    /// <summary>Evaluates the expression as a condition: true only when the result is exactly <c>true</c>.</summary>
    public bool IsSatisfied(FeelEvaluationContext context) => Evaluate(context).IsTrue;

    /// <inheritdoc/>
    public override string ToString() => Text;
}
