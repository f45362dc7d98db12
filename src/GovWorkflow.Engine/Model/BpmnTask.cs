namespace GovWorkflow.Engine.Model;

/// <summary>A plain <c>task</c>: does nothing and passes the token on (named so to avoid clashing with <see cref="System.Threading.Tasks.Task"/>).</summary>
public sealed class BpmnTask : Activity
{
    internal BpmnTask(ElementHeader header, string scopeId, LoopCharacteristics? loopCharacteristics, string? defaultFlow)
        : base(header, scopeId, loopCharacteristics, defaultFlow)
    {
    }
}
