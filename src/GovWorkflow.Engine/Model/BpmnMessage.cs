namespace GovWorkflow.Engine.Model;

/// <summary>A root-level <c>message</c>; its <see cref="BpmnElement.Name"/> is what the runtime correlates on.</summary>
public sealed class BpmnMessage : BpmnElement
{
    internal BpmnMessage(ElementHeader header)
        : base(header)
    {
    }
}
