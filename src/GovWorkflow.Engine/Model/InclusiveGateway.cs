namespace GovWorkflow.Engine.Model;

/// <summary>An <c>inclusiveGateway</c> (OR): every outgoing flow whose condition holds, else the default.</summary>
public sealed class InclusiveGateway : Gateway
{
    internal InclusiveGateway(ElementHeader header, string scopeId, string? defaultFlow)
        : base(header, scopeId, defaultFlow)
    {
    }
}
