namespace GovWorkflow.Engine.Expressions;

/// <summary>One token: its kind, where it is, and for names and strings the (unescaped) text, for numbers the value.</summary>
internal readonly record struct FeelToken(FeelTokenKind Kind, int Start, int End, string Text, decimal Number)
{
    public bool IsName(string name) => Kind == FeelTokenKind.Name && string.Equals(Text, name, StringComparison.Ordinal);
}
