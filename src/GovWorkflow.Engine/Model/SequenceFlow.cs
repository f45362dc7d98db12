namespace GovWorkflow.Engine.Model;

/// <summary>A <c>sequenceFlow</c>: the arrow from one flow node to the next, optionally guarded by a condition.</summary>
public sealed class SequenceFlow : FlowElement
{
    internal SequenceFlow(ElementHeader header, string scopeId, string sourceRef, string targetRef, string? conditionExpression)
        : base(header, scopeId)
    {
        SourceRef = sourceRef;
        TargetRef = targetRef;
        ConditionExpression = conditionExpression;
    }

    /// <summary>Id of the source flow node (empty when the attribute is missing).</summary>
    public string SourceRef { get; }

    /// <summary>Id of the target flow node (empty when the attribute is missing).</summary>
    public string TargetRef { get; }

    /// <summary>The trimmed text of <c>conditionExpression</c>, or null when the flow is unconditional.</summary>
    public string? ConditionExpression { get; }
}
