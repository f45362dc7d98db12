namespace GovWorkflow.Engine.Model;

/// <summary>A <c>startEvent</c> of a process, sub-process or event sub-process.</summary>
public sealed class StartEvent : EventNode
{
    internal StartEvent(ElementHeader header, string scopeId, IReadOnlyList<EventDefinition> eventDefinitions, bool isInterrupting)
        : base(header, scopeId, eventDefinitions)
    {
        IsInterrupting = isInterrupting;
    }

    /// <summary>The <c>isInterrupting</c> attribute (default true); meaningful only for the start of an event sub-process.</summary>
    public bool IsInterrupting { get; }
}
