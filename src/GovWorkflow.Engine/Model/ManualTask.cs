namespace GovWorkflow.Engine.Model;

/// <summary>A <c>manualTask</c>: work done outside the system; passes the token on.</summary>
public sealed class ManualTask : Activity
{
    internal ManualTask(ElementHeader header, string scopeId, LoopCharacteristics? loopCharacteristics, string? defaultFlow)
        : base(header, scopeId, loopCharacteristics, defaultFlow)
    {
    }
}
