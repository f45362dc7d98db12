namespace GovWorkflow.Engine.Model;

/// <summary>An <c>eventBasedGateway</c>: waits for the first of the catch events or receive tasks that follow it.</summary>
public sealed class EventBasedGateway : Gateway
{
    internal EventBasedGateway(ElementHeader header, string scopeId, string? defaultFlow)
        : base(header, scopeId, defaultFlow)
    {
    }
}
