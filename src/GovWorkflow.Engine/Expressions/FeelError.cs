namespace GovWorkflow.Engine.Expressions;

/// <summary>Why a text is not a valid expression, and where.</summary>
/// <param name="Code">A stable code such as <c>feel.unexpected-token</c>; see <see cref="FeelErrorCodes"/>.</param>
/// <param name="Message">A message in Simplified Chinese naming what was expected, for the person who wrote the expression.</param>
/// <param name="Position">The 0-based offset into the text (in UTF-16 code units) where the problem was found.</param>
/// <param name="Line">The 1-based line of <paramref name="Position"/>.</param>
/// <param name="Column">The 1-based column of <paramref name="Position"/>, counting UTF-16 code units.</param>
public sealed record FeelError(string Code, string Message, int Position, int Line, int Column);
