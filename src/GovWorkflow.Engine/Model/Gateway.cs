namespace GovWorkflow.Engine.Model;

/// <summary>A gateway: splits or joins paths.</summary>
public abstract class Gateway : FlowNode
{
    private protected Gateway(ElementHeader header, string scopeId, string? defaultFlow)
        : base(header, scopeId)
    {
        Default = defaultFlow;
    }

    /// <summary>The <c>default</c> sequence flow id (exclusive, inclusive, complex gateways), or null.</summary>
    public string? Default { get; }
}
