namespace GovWorkflow.Engine.Model;

/// <summary>A <c>participant</c> of a collaboration: a pool, usually showing one process.</summary>
public sealed class Participant : BpmnElement
{
    internal Participant(ElementHeader header, string? processRef)
        : base(header)
    {
        ProcessRef = processRef;
    }

    /// <summary>The <c>processRef</c> id (prefix removed), or null for a black-box pool.</summary>
    public string? ProcessRef { get; }
}
