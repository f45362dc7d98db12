namespace GovWorkflow.Engine.Model;

/// <summary>An <c>exclusiveGateway</c> (XOR): the first outgoing flow whose condition holds, else the default.</summary>
public sealed class ExclusiveGateway : Gateway
{
    internal ExclusiveGateway(ElementHeader header, string scopeId, string? defaultFlow)
        : base(header, scopeId, defaultFlow)
    {
    }
}
