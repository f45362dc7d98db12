namespace GovWorkflow.Engine.Model;

/// <summary>An <c>adHocSubProcess</c>; not executed, kept with its contents.</summary>
public sealed class AdHocSubProcess : SubProcess
{
    internal AdHocSubProcess(ElementHeader header, string scopeId, LoopCharacteristics? loopCharacteristics, string? defaultFlow, IReadOnlyList<FlowElement> flowElements)
        : base(header, scopeId, loopCharacteristics, defaultFlow, triggeredByEvent: false, flowElements)
    {
    }
}
