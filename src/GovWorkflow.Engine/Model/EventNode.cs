namespace GovWorkflow.Engine.Model;

/// <summary>A BPMN event: start, end, intermediate catch or throw, boundary.</summary>
public abstract class EventNode : FlowNode
{
    private protected EventNode(ElementHeader header, string scopeId, IReadOnlyList<EventDefinition> eventDefinitions)
        : base(header, scopeId)
    {
        EventDefinitions = eventDefinitions;
    }

    /// <summary>The event definitions in document order; empty for a none event.</summary>
    public IReadOnlyList<EventDefinition> EventDefinitions { get; }

    /// <summary>True when the event has no event definition (a "none" event).</summary>
    public bool IsNone => EventDefinitions.Count == 0;

    /// <summary>The only event definition, or null when there is none or more than one.</summary>
    public EventDefinition? Definition => EventDefinitions.Count == 1 ? EventDefinitions[0] : null;
}
