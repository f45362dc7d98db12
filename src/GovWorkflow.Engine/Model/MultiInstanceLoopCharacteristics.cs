namespace GovWorkflow.Engine.Model;

/// <summary>A <c>multiInstanceLoopCharacteristics</c>: one instance per item or a fixed number, in parallel or in sequence.</summary>
/// <remarks>
/// <see cref="Collection"/> and <see cref="ElementVariable"/> come from <c>gov:collection</c>/<c>gov:elementVariable</c> on
/// the loop element, or on the activity when the loop element has none.
/// </remarks>
public sealed class MultiInstanceLoopCharacteristics : LoopCharacteristics
{
    internal MultiInstanceLoopCharacteristics(ElementHeader header, bool isSequential, string? loopCardinality, string? completionCondition, string? collection, string? elementVariable)
        : base(header)
    {
        IsSequential = isSequential;
        LoopCardinality = loopCardinality;
        CompletionCondition = completionCondition;
        Collection = collection;
        ElementVariable = elementVariable;
    }

    /// <summary>The <c>isSequential</c> attribute (default false: instances run in parallel).</summary>
    public bool IsSequential { get; }

    /// <summary>The trimmed <c>loopCardinality</c> expression text, or null.</summary>
    public string? LoopCardinality { get; }

    /// <summary>The trimmed <c>completionCondition</c> expression text, or null (all instances must complete).</summary>
    public string? CompletionCondition { get; }

    /// <summary>The <c>gov:collection</c> FEEL expression, or null.</summary>
    public string? Collection { get; }

    /// <summary>The <c>gov:elementVariable</c> name, or null.</summary>
    public string? ElementVariable { get; }
}
