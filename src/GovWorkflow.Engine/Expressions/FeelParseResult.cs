namespace GovWorkflow.Engine.Expressions;

/// <summary>The outcome of <see cref="FeelExpression.Parse"/>: exactly one of the two is set.</summary>
/// <param name="Expression">The parsed expression, or null when the text is invalid.</param>
/// <param name="Error">The first error found, or null when the text is valid.</param>
public sealed record FeelParseResult(FeelExpression? Expression, FeelError? Error)
{
    /// <summary>Whether the text parsed.</summary>
    public bool IsSuccess => Expression is not null;
}
