namespace GovWorkflow.Engine.Model;

/// <summary>How an activity repeats: multi-instance (会签/或签/票签, 并联审批) or a standard loop.</summary>
public abstract class LoopCharacteristics : BpmnElement
{
    private protected LoopCharacteristics(ElementHeader header)
        : base(header)
    {
    }
}
