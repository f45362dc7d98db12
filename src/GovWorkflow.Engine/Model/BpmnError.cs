namespace GovWorkflow.Engine.Model;

/// <summary>A root-level <c>error</c>.</summary>
public sealed class BpmnError : BpmnElement
{
    internal BpmnError(ElementHeader header, string? errorCode)
        : base(header)
    {
        ErrorCode = errorCode;
    }

    /// <summary>The <c>errorCode</c> attribute, or null.</summary>
    public string? ErrorCode { get; }
}
