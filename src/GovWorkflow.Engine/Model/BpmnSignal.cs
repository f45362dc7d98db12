namespace GovWorkflow.Engine.Model;

/// <summary>A root-level <c>signal</c> (parsed so references resolve; signal events are not executed).</summary>
public sealed class BpmnSignal : BpmnElement
{
    internal BpmnSignal(ElementHeader header)
        : base(header)
    {
    }
}
