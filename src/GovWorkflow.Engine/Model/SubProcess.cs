namespace GovWorkflow.Engine.Model;

/// <summary>A <c>subProcess</c>: a nested scope; with <see cref="TriggeredByEvent"/> an event sub-process.</summary>
public class SubProcess : Activity, IFlowElementsContainer
{
    private readonly FlowElementList _elements;

    internal SubProcess(ElementHeader header, string scopeId, LoopCharacteristics? loopCharacteristics, string? defaultFlow, bool triggeredByEvent, IReadOnlyList<FlowElement> flowElements)
        : base(header, scopeId, loopCharacteristics, defaultFlow)
    {
        TriggeredByEvent = triggeredByEvent;
        _elements = new FlowElementList(flowElements);
    }

    /// <summary>The <c>triggeredByEvent</c> attribute: true for an event sub-process, started by its start event's trigger.</summary>
    public bool TriggeredByEvent { get; }

    /// <inheritdoc />
    public IReadOnlyList<FlowElement> FlowElements => _elements.All;

    /// <inheritdoc />
    public IReadOnlyList<FlowNode> FlowNodes => _elements.Nodes;

    /// <inheritdoc />
    public IReadOnlyList<SequenceFlow> SequenceFlows => _elements.Flows;

    /// <inheritdoc />
    public FlowElement? FindFlowElement(string id) => _elements.Find(id);
}
