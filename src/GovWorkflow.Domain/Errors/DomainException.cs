namespace GovWorkflow.Domain.Errors;

/// <summary>Carries one or more <see cref="DomainError"/> values where an operation cannot return them.</summary>
/// <remarks>
/// Used for misuse that a caller could have checked first (a date outside the loaded calendar, an invalid
/// identity passed to <c>Parse</c>). Hosts catch it and show <see cref="Errors"/>; no stack trace reaches a person.
/// </remarks>
public sealed class DomainException : Exception
{
    /// <summary>Creates the exception from the errors it carries.</summary>
    public DomainException(IReadOnlyList<DomainError> errors)
        : base(errors is { Count: > 0 } ? string.Join(Environment.NewLine, errors.Select(e => e.ToString())) : "Domain error.")
    {
        Errors = errors;
    }

    /// <summary>Creates the exception from one error.</summary>
    public DomainException(DomainError error)
        : this([error])
    {
    }

    /// <summary>Creates an exception with a plain message; prefer the constructors that take errors.</summary>
    public DomainException()
        : this(new DomainError("domain.error", "操作失败。", "The operation failed."))
    {
    }

    /// <summary>Creates an exception with a plain message; prefer the constructors that take errors.</summary>
    public DomainException(string message)
        : this(new DomainError("domain.error", message, message))
    {
    }

    /// <summary>Creates an exception with a plain message and cause; prefer the constructors that take errors.</summary>
    public DomainException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [new DomainError("domain.error", message, message)];
    }

    /// <summary>The errors, in the order they were found.</summary>
    public IReadOnlyList<DomainError> Errors { get; }
}
