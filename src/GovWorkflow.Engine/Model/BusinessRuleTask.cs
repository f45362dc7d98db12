namespace GovWorkflow.Engine.Model;

/// <summary>A <c>businessRuleTask</c>: runs the custom activity named by <c>gov:activity</c>.</summary>
public sealed class BusinessRuleTask : Activity
{
    internal BusinessRuleTask(ElementHeader header, string scopeId, LoopCharacteristics? loopCharacteristics, string? defaultFlow, string? implementation)
        : base(header, scopeId, loopCharacteristics, defaultFlow)
    {
        Implementation = implementation;
    }

    /// <summary>The standard <c>implementation</c> attribute (e.g. <c>##WebService</c>), or null; informational only.</summary>
    public string? Implementation { get; }

    /// <summary>The <c>gov:activity</c> attribute: the custom activity type name (e.g. <c>CheckMaterials</c>), or null.</summary>
    public string? GovActivity => GetGovAttribute(GovNames.Activity);
}
