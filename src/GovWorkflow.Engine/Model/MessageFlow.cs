namespace GovWorkflow.Engine.Model;

/// <summary>A <c>messageFlow</c> between pools (documentation only; the runtime correlates by message name).</summary>
public sealed class MessageFlow : BpmnElement
{
    internal MessageFlow(ElementHeader header, string sourceRef, string targetRef, string? messageRef)
        : base(header)
    {
        SourceRef = sourceRef;
        TargetRef = targetRef;
        MessageRef = messageRef;
    }

    /// <summary>Id of the sending pool or flow node.</summary>
    public string SourceRef { get; }

    /// <summary>Id of the receiving pool or flow node.</summary>
    public string TargetRef { get; }

    /// <summary>The <c>messageRef</c> id, or null.</summary>
    public string? MessageRef { get; }
}
