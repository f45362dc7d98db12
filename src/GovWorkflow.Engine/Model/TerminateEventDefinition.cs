namespace GovWorkflow.Engine.Model;

/// <summary>A <c>terminateEventDefinition</c>: ends every path of the instance.</summary>
public sealed class TerminateEventDefinition : EventDefinition
{
    internal TerminateEventDefinition(ElementHeader header)
        : base(header)
    {
    }
}
