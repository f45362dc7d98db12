namespace GovWorkflow.Engine.Model;

/// <summary>A <c>callActivity</c>: starts another process definition and waits for it (a sub-item of a 一件事).</summary>
public sealed class CallActivity : Activity
{
    internal CallActivity(ElementHeader header, string scopeId, LoopCharacteristics? loopCharacteristics, string? defaultFlow, string? calledElement, IReadOnlyList<VariableMapping> inputs, IReadOnlyList<VariableMapping> outputs)
        : base(header, scopeId, loopCharacteristics, defaultFlow)
    {
        CalledElement = calledElement;
        Inputs = inputs;
        Outputs = outputs;
    }

    /// <summary>The <c>calledElement</c> attribute: the called process id (a name resolved at publish time, not in this file), or null.</summary>
    public string? CalledElement { get; }

    /// <summary>The <c>gov:in</c> mappings in document order.</summary>
    public IReadOnlyList<VariableMapping> Inputs { get; }

    /// <summary>The <c>gov:out</c> mappings in document order.</summary>
    public IReadOnlyList<VariableMapping> Outputs { get; }
}
