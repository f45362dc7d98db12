namespace GovWorkflow.Engine.Execution;

/// <summary>Where an instance is in its life.</summary>
public enum InstanceStatus
{
    /// <summary>Tokens are waiting; stimuli are accepted.</summary>
    Running,

    /// <summary>Every token reached an end.</summary>
    Completed,

    /// <summary>A terminate end event, or a cancel, ended it.</summary>
    Terminated,

    /// <summary>An error nobody caught stopped it; <see cref="InstanceState.Incident"/> says which.</summary>
    Failed,
}
