namespace GovWorkflow.Engine.Model;

/// <summary>A <c>boundaryEvent</c> attached to an activity: a timer (SLA), message, error or escalation caught while it runs.</summary>
public sealed class BoundaryEvent : EventNode
{
    internal BoundaryEvent(ElementHeader header, string scopeId, IReadOnlyList<EventDefinition> eventDefinitions, string attachedToRef, bool cancelActivity)
        : base(header, scopeId, eventDefinitions)
    {
        AttachedToRef = attachedToRef;
        CancelActivity = cancelActivity;
    }

    /// <summary>Id of the activity the event is attached to (empty when missing).</summary>
    public string AttachedToRef { get; }

    /// <summary>The <c>cancelActivity</c> attribute (default true): false for non-interrupting events such as SLA warnings.</summary>
    public bool CancelActivity { get; }
}
