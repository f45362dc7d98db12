namespace GovWorkflow.Engine.Validation;

/// <summary>The kind of scope whose start events are checked: each allows different triggers.</summary>
internal enum ScopeKind
{
    /// <summary>A top-level process: one none start event, message start events allowed.</summary>
    Process,

    /// <summary>An embedded sub-process: exactly one none start event.</summary>
    SubProcess,

    /// <summary>An event sub-process: exactly one start event with a timer, message, error or escalation trigger.</summary>
    EventSubProcess,
}
