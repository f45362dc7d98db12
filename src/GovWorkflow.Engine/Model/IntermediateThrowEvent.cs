namespace GovWorkflow.Engine.Model;

/// <summary>An <c>intermediateThrowEvent</c>: a none event (a milestone) or an escalation thrown.</summary>
public sealed class IntermediateThrowEvent : EventNode
{
    internal IntermediateThrowEvent(ElementHeader header, string scopeId, IReadOnlyList<EventDefinition> eventDefinitions)
        : base(header, scopeId, eventDefinitions)
    {
    }
}
