namespace GovWorkflow.Engine.Expressions;

/// <summary>Unwinds the recursive-descent parser to <see cref="FeelExpression.Parse"/>, which turns it into a <see cref="FeelError"/>.</summary>
#pragma warning disable CA1032, CA1064 // Never escapes the parser: Parse catches it.
internal sealed class FeelSyntaxException(FeelError error) : Exception(error.Message)
#pragma warning restore CA1032, CA1064
{
    public FeelError Error { get; } = error;

    public static FeelSyntaxException Create(string text, string code, string message, int position)
    {
        var line = 1;
        var lineStart = 0;
        var end = Math.Min(position, text.Length);
        for (var i = 0; i < end; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        var column = position - lineStart + 1;
        return new FeelSyntaxException(new FeelError(code, $"第 {line} 行第 {column} 列：{message}", position, line, column));
    }
}
