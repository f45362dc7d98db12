namespace GovWorkflow.Domain.Scenarios;

/// <summary>What a scenario step does.</summary>
public enum StepKind
{
    /// <summary>A person completes an open task.</summary>
    Complete,

    /// <summary>A person sends a message to the case (supplies materials, asks for an extension, suspends or resumes the clock).</summary>
    Message,

    /// <summary>Time passes; due timers fire.</summary>
    Wait,
}
