namespace GovWorkflow.Engine.Validation;

/// <summary>Checks the syntax of one expression, so that the validator can report bad conditions before anything runs.</summary>
/// <remarks>
/// Expressions are FEEL. The validator strips the leading <c>=</c> and rejects JUEL (<c>${…}</c>) itself; an implementation
/// only parses. It must not evaluate, throw or depend on variables: it is called once per expression at validation time.
/// </remarks>
public interface IExpressionSyntaxChecker
{
    /// <summary>Returns a message (Simplified Chinese preferred) describing the syntax error, or null when the text parses.</summary>
    /// <param name="expression">The FEEL text without the leading <c>=</c>, trimmed, never empty.</param>
    string? Check(string expression);
}
