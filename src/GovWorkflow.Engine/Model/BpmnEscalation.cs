namespace GovWorkflow.Engine.Model;

/// <summary>A root-level <c>escalation</c>.</summary>
public sealed class BpmnEscalation : BpmnElement
{
    internal BpmnEscalation(ElementHeader header, string? escalationCode)
        : base(header)
    {
        EscalationCode = escalationCode;
    }

    /// <summary>The <c>escalationCode</c> attribute, or null.</summary>
    public string? EscalationCode { get; }
}
