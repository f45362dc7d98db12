namespace GovWorkflow.Engine.Model;

/// <summary>Any other element of a process: data objects, text annotations, associations, groups, unknown kinds.</summary>
/// <remarks>Kept so that ids resolve and nothing is lost; never executed.</remarks>
public sealed class OtherElement : FlowElement
{
    internal OtherElement(ElementHeader header, string scopeId)
        : base(header, scopeId)
    {
    }
}
