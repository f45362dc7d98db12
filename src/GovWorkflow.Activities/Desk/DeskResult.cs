using GovWorkflow.Domain.Errors;

namespace GovWorkflow.Activities.Desk;

/// <summary>The result of a person's action at the desk: done, or refused with a clear error.</summary>
/// <param name="Error">Null when done.</param>
public sealed record DeskResult(DomainError? Error)
{
    /// <summary>Done.</summary>
    public static DeskResult Done { get; } = new((DomainError?)null);

    /// <summary>Whether it was done.</summary>
    public bool Succeeded => Error is null;

    /// <summary>A refusal.</summary>
    public static DeskResult Refused(string code, string message, string english) => new(new DomainError(code, message, english));
}
