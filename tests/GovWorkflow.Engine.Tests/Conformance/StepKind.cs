namespace GovWorkflow.Engine.Tests.Conformance;

/// <summary>What a conformance step does to a running instance.</summary>
public enum StepKind
{
    /// <summary>Complete the oldest open user task with this element id.</summary>
    Complete,

    /// <summary>Deliver the message with this name.</summary>
    Message,

    /// <summary>Fire the oldest pending timer of this timer event id.</summary>
    Timer,
}
