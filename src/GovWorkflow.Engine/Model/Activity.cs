namespace GovWorkflow.Engine.Model;

/// <summary>Work done in a process: a task, a call activity or a sub-process.</summary>
public abstract class Activity : FlowNode
{
    private readonly List<string> _boundaryEvents = [];

    private protected Activity(ElementHeader header, string scopeId, LoopCharacteristics? loopCharacteristics, string? defaultFlow)
        : base(header, scopeId)
    {
        LoopCharacteristics = loopCharacteristics;
        Default = defaultFlow;
    }

    /// <summary>Multi-instance or standard loop settings, or null for a single execution.</summary>
    public LoopCharacteristics? LoopCharacteristics { get; }

    /// <summary>The <c>default</c> outgoing sequence flow id, or null.</summary>
    public string? Default { get; }

    /// <summary>Ids of the boundary events attached to this activity, in document order.</summary>
    public IReadOnlyList<string> BoundaryEvents => _boundaryEvents;

    internal void AddBoundaryEvent(string id) => _boundaryEvents.Add(id);
}
