namespace GovWorkflow.Engine.Model;

/// <summary>A node sequence flows connect: an event, an activity or a gateway.</summary>
/// <remarks>
/// <see cref="Incoming"/> and <see cref="Outgoing"/> are derived from the sequence flows' <c>sourceRef</c>/<c>targetRef</c>;
/// the optional <c>&lt;incoming&gt;</c>/<c>&lt;outgoing&gt;</c> children that modelers write are not trusted.
/// </remarks>
public abstract class FlowNode : FlowElement
{
    private readonly List<string> _incoming = [];
    private readonly List<string> _outgoing = [];

    private protected FlowNode(ElementHeader header, string scopeId)
        : base(header, scopeId)
    {
    }

    /// <summary>Ids of the sequence flows that end here, in document order.</summary>
    public IReadOnlyList<string> Incoming => _incoming;

    /// <summary>Ids of the sequence flows that start here, in document order.</summary>
    public IReadOnlyList<string> Outgoing => _outgoing;

    internal void AddIncoming(string flowId) => _incoming.Add(flowId);

    internal void AddOutgoing(string flowId) => _outgoing.Add(flowId);
}
