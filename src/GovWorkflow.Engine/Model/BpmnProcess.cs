namespace GovWorkflow.Engine.Model;

/// <summary>A <c>process</c>: the top scope of flow elements, with its lanes and an index of every nested element.</summary>
public sealed class BpmnProcess : BpmnElement, IFlowElementsContainer
{
    private readonly FlowElementList _elements;
    private readonly Dictionary<string, FlowElement> _allById;

    internal BpmnProcess(ElementHeader header, bool isExecutable, IReadOnlyList<FlowElement> flowElements, IReadOnlyList<LaneSet> laneSets, IReadOnlyList<FlowElement> allFlowElements)
        : base(header)
    {
        IsExecutable = isExecutable;
        LaneSets = laneSets;
        _elements = new FlowElementList(flowElements);
        AllFlowElements = allFlowElements;
        _allById = new Dictionary<string, FlowElement>(StringComparer.Ordinal);
        foreach (var element in allFlowElements)
        {
            if (element.Id.Length > 0)
            {
                _allById.TryAdd(element.Id, element);
            }
        }
    }

    /// <summary>The <c>isExecutable</c> attribute (false when absent).</summary>
    public bool IsExecutable { get; }

    /// <inheritdoc />
    public IReadOnlyList<FlowElement> FlowElements => _elements.All;

    /// <inheritdoc />
    public IReadOnlyList<FlowNode> FlowNodes => _elements.Nodes;

    /// <inheritdoc />
    public IReadOnlyList<SequenceFlow> SequenceFlows => _elements.Flows;

    /// <summary>Every flow element of the process and of its nested sub-processes, in document order.</summary>
    public IReadOnlyList<FlowElement> AllFlowElements { get; }

    /// <summary>The lane sets (swimlanes) in document order.</summary>
    public IReadOnlyList<LaneSet> LaneSets { get; }

    /// <inheritdoc />
    public FlowElement? FindFlowElement(string id) => _elements.Find(id);

    /// <summary>A flow element at any depth by id, or null; the first one wins when ids are duplicated.</summary>
    public FlowElement? FindElement(string id) => _allById.GetValueOrDefault(id);

    /// <summary>The scope (this process or a sub-process) that directly contains the element with this id, or null.</summary>
    public IFlowElementsContainer? FindScope(string elementId)
    {
        if (FindElement(elementId) is not { } element)
        {
            return null;
        }

        return element.ScopeId == Id ? this : FindElement(element.ScopeId) as IFlowElementsContainer;
    }
}
