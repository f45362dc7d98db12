namespace GovWorkflow.Engine.Model;

/// <summary>An <c>endEvent</c>: ends a path (none), the instance (terminate), or throws an error or escalation.</summary>
public sealed class EndEvent : EventNode
{
    internal EndEvent(ElementHeader header, string scopeId, IReadOnlyList<EventDefinition> eventDefinitions)
        : base(header, scopeId, eventDefinitions)
    {
    }
}
