namespace GovWorkflow.Engine.Model;

/// <summary>An <c>escalationEventDefinition</c> with its escalation resolved (督办 escalations of overdue cases).</summary>
public sealed class EscalationEventDefinition : EventDefinition
{
    internal EscalationEventDefinition(ElementHeader header, string? escalationRef, BpmnEscalation? escalation)
        : base(header)
    {
        EscalationRef = escalationRef;
        Escalation = escalation;
    }

    /// <summary>The <c>escalationRef</c> id (prefix removed), or null.</summary>
    public string? EscalationRef { get; }

    /// <summary>The referenced escalation, or null when absent or unresolved.</summary>
    public BpmnEscalation? Escalation { get; }

    /// <summary>The escalation's code, or null.</summary>
    public string? EscalationCode => Escalation?.EscalationCode;
}
