namespace GovWorkflow.Engine.Model;

/// <summary>An event definition the engine does not execute (signal, conditional, link, compensate, cancel …).</summary>
/// <remarks>Kept so that documents from any modeler load; the validator reports each one. <see cref="BpmnElement.ElementName"/> names the kind.</remarks>
public sealed class UnsupportedEventDefinition : EventDefinition
{
    internal UnsupportedEventDefinition(ElementHeader header)
        : base(header)
    {
    }
}
