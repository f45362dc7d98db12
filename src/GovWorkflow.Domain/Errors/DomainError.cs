namespace GovWorkflow.Domain.Errors;

/// <summary>A problem a person can cause and fix: a stable code, a Chinese message, an English message and where it is.</summary>
/// <remarks>
/// Errors users can hit are values, not exceptions: loaders and validators return every problem at once
/// so that a file can be fixed in one pass. The <see cref="Code"/> is stable for programs (dotted,
/// lower-case, e.g. <c>calendar.duplicate-date</c>); the messages may be reworded.
/// </remarks>
/// <param name="Code">Stable machine-readable code.</param>
/// <param name="Message">Message in Simplified Chinese for the people who use the platform; says what to do.</param>
/// <param name="EnglishMessage">The same message in English for logs and developers.</param>
/// <param name="Location">Where the problem is, when known.</param>
public sealed record DomainError(string Code, string Message, string EnglishMessage, SourceLocation? Location = null)
{
    /// <summary>Formats as <c>location: code: message</c>, the form command-line tools print.</summary>
    public override string ToString()
    {
        var where = Location?.ToString();
        return string.IsNullOrEmpty(where) ? $"{Code}: {Message}" : $"{where}: {Code}: {Message}";
    }
}
