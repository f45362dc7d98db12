namespace GovWorkflow.Engine.Model;

/// <summary>An <c>intermediateCatchEvent</c>: waits for a timer or a message.</summary>
public sealed class IntermediateCatchEvent : EventNode
{
    internal IntermediateCatchEvent(ElementHeader header, string scopeId, IReadOnlyList<EventDefinition> eventDefinitions)
        : base(header, scopeId, eventDefinitions)
    {
    }
}
