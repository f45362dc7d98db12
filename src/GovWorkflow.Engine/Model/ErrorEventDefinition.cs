namespace GovWorkflow.Engine.Model;

/// <summary>An <c>errorEventDefinition</c> with its error resolved; a catch without an error catches every error.</summary>
public sealed class ErrorEventDefinition : EventDefinition
{
    internal ErrorEventDefinition(ElementHeader header, string? errorRef, BpmnError? error)
        : base(header)
    {
        ErrorRef = errorRef;
        Error = error;
    }

    /// <summary>The <c>errorRef</c> id (prefix removed), or null.</summary>
    public string? ErrorRef { get; }

    /// <summary>The referenced error, or null when absent or unresolved.</summary>
    public BpmnError? Error { get; }
}
