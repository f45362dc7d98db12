namespace GovWorkflow.Runtime.Instances;

/// <summary>How a runtime command ended.</summary>
public enum RuntimeOutcomeKind
{
    /// <summary>Applied and committed.</summary>
    Done,

    /// <summary>Nothing to do: already done (a timer that fired, a job that completed); nothing changed.</summary>
    AlreadyDone,

    /// <summary>Somebody else changed the instance or task first; nothing changed. Reload and try again.</summary>
    Conflict,

    /// <summary>The task, timer, instance or definition does not exist.</summary>
    NotFound,

    /// <summary>The engine or a rule refused it (the code says why); nothing changed.</summary>
    Refused,
}
