namespace GovWorkflow.Engine.Model;

/// <summary>A <c>parallelGateway</c> (AND): all outgoing flows; joins wait for every incoming flow (并联审批).</summary>
public sealed class ParallelGateway : Gateway
{
    internal ParallelGateway(ElementHeader header, string scopeId, string? defaultFlow)
        : base(header, scopeId, defaultFlow)
    {
    }
}
