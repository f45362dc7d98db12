namespace GovWorkflow.Engine.Model;

/// <summary>A <c>receiveTask</c>: waits for its message (for example 补正材料 supplied by the applicant).</summary>
public sealed class ReceiveTask : Activity
{
    internal ReceiveTask(ElementHeader header, string scopeId, LoopCharacteristics? loopCharacteristics, string? defaultFlow, string? messageRef, BpmnMessage? message)
        : base(header, scopeId, loopCharacteristics, defaultFlow)
    {
        MessageRef = messageRef;
        Message = message;
    }

    /// <summary>The <c>messageRef</c> id (prefix removed), or null.</summary>
    public string? MessageRef { get; }

    /// <summary>The referenced message, or null when absent or unresolved.</summary>
    public BpmnMessage? Message { get; }
}
