namespace GovWorkflow.Engine.Model;

/// <summary>A <c>sendTask</c>: executable only as a custom activity named by <c>gov:activity</c>.</summary>
public sealed class SendTask : Activity
{
    internal SendTask(ElementHeader header, string scopeId, LoopCharacteristics? loopCharacteristics, string? defaultFlow, string? messageRef, BpmnMessage? message)
        : base(header, scopeId, loopCharacteristics, defaultFlow)
    {
        MessageRef = messageRef;
        Message = message;
    }

    /// <summary>The <c>messageRef</c> id (prefix removed), or null.</summary>
    public string? MessageRef { get; }

    /// <summary>The referenced message, or null.</summary>
    public BpmnMessage? Message { get; }

    /// <summary>The <c>gov:activity</c> attribute, or null.</summary>
    public string? GovActivity => GetGovAttribute(GovNames.Activity);
}
