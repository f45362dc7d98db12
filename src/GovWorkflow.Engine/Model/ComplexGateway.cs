namespace GovWorkflow.Engine.Model;

/// <summary>A <c>complexGateway</c>; not executed, kept so documents load.</summary>
public sealed class ComplexGateway : Gateway
{
    internal ComplexGateway(ElementHeader header, string scopeId, string? defaultFlow)
        : base(header, scopeId, defaultFlow)
    {
    }
}
