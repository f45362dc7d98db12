namespace GovWorkflow.Engine.Model;

/// <summary>A <c>scriptTask</c>; not executed (no scripts run in the engine), kept so documents load.</summary>
public sealed class ScriptTask : Activity
{
    internal ScriptTask(ElementHeader header, string scopeId, LoopCharacteristics? loopCharacteristics, string? defaultFlow, string? scriptFormat)
        : base(header, scopeId, loopCharacteristics, defaultFlow)
    {
        ScriptFormat = scriptFormat;
    }

    /// <summary>The <c>scriptFormat</c> attribute, or null.</summary>
    public string? ScriptFormat { get; }
}
