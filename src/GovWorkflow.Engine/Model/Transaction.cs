namespace GovWorkflow.Engine.Model;

/// <summary>A <c>transaction</c> sub-process; not executed (no compensation or cancel), kept with its contents.</summary>
public sealed class Transaction : SubProcess
{
    internal Transaction(ElementHeader header, string scopeId, LoopCharacteristics? loopCharacteristics, string? defaultFlow, IReadOnlyList<FlowElement> flowElements)
        : base(header, scopeId, loopCharacteristics, defaultFlow, triggeredByEvent: false, flowElements)
    {
    }
}
