namespace GovWorkflow.Engine.Execution;

/// <summary>What resumes a bookmark.</summary>
public enum BookmarkKind
{
    /// <summary>A person completes a user task.</summary>
    Task,

    /// <summary>The runtime finishes a service task's custom activity.</summary>
    Activity,

    /// <summary>A called process finishes.</summary>
    Call,

    /// <summary>A timer fires.</summary>
    Timer,

    /// <summary>A message arrives.</summary>
    Message,
}
