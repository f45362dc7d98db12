namespace GovWorkflow.Engine.Model;

/// <summary>A <c>messageEventDefinition</c> with its message resolved.</summary>
public sealed class MessageEventDefinition : EventDefinition
{
    internal MessageEventDefinition(ElementHeader header, string? messageRef, BpmnMessage? message)
        : base(header)
    {
        MessageRef = messageRef;
        Message = message;
    }

    /// <summary>The <c>messageRef</c> id (prefix removed), or null.</summary>
    public string? MessageRef { get; }

    /// <summary>The referenced message, or null when absent or unresolved.</summary>
    public BpmnMessage? Message { get; }
}
