namespace GovWorkflow.Engine.Execution;

/// <summary>The event definition of an event node.</summary>
public enum EventTrigger
{
    /// <summary>No event definition.</summary>
    None,

    /// <summary>A timer: a duration, a date, a cycle or working days.</summary>
    Timer,

    /// <summary>A named message.</summary>
    Message,

    /// <summary>A BPMN error, by error code.</summary>
    Error,

    /// <summary>A BPMN escalation, by escalation code.</summary>
    Escalation,

    /// <summary>Terminate: ends every token of the scope.</summary>
    Terminate,
}
