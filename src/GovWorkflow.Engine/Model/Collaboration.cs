namespace GovWorkflow.Engine.Model;

/// <summary>A <c>collaboration</c>: the pools of a diagram and the message flows between them.</summary>
public sealed class Collaboration : BpmnElement
{
    internal Collaboration(ElementHeader header, IReadOnlyList<Participant> participants, IReadOnlyList<MessageFlow> messageFlows)
        : base(header)
    {
        Participants = participants;
        MessageFlows = messageFlows;
    }

    /// <summary>The participants (pools) in document order.</summary>
    public IReadOnlyList<Participant> Participants { get; }

    /// <summary>The message flows in document order.</summary>
    public IReadOnlyList<MessageFlow> MessageFlows { get; }
}
