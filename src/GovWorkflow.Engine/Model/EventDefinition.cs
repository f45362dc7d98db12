namespace GovWorkflow.Engine.Model;

/// <summary>What an event waits for or throws: timer, message, error, escalation, terminate, or an unsupported kind.</summary>
public abstract class EventDefinition : BpmnElement
{
    private protected EventDefinition(ElementHeader header)
        : base(header)
    {
    }
}
