namespace GovWorkflow.Engine.Model;

/// <summary>An element that lives inside a process or sub-process: a flow node, a sequence flow or another element.</summary>
public abstract class FlowElement : BpmnElement
{
    private protected FlowElement(ElementHeader header, string scopeId)
        : base(header)
    {
        ScopeId = scopeId;
    }

    /// <summary>The id of the process or sub-process that directly contains this element.</summary>
    public string ScopeId { get; }
}
