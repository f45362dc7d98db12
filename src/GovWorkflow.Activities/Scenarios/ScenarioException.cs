using GovWorkflow.Domain.Errors;

namespace GovWorkflow.Activities.Scenarios;

/// <summary>A scenario cannot go on: a step names a task that is not open, or a person the workflow refuses. Carries the located error.</summary>
public sealed class ScenarioException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ScenarioException(DomainError error)
        : base(error?.ToString())
    {
        Error = error ?? throw new ArgumentNullException(nameof(error));
    }

    /// <summary>Creates the exception.</summary>
    public ScenarioException()
        : this(new DomainError("scenario.failed", "场景无法继续。", "The scenario cannot go on."))
    {
    }

    /// <summary>Creates the exception.</summary>
    public ScenarioException(string message)
        : this(new DomainError("scenario.failed", message, message))
    {
    }

    /// <summary>Creates the exception.</summary>
    public ScenarioException(string message, Exception innerException)
        : base(message, innerException)
    {
        Error = new DomainError("scenario.failed", message, message);
    }

    /// <summary>What went wrong, and where in the scenario file.</summary>
    public DomainError Error { get; }
}
