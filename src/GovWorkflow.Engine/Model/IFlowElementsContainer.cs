namespace GovWorkflow.Engine.Model;

/// <summary>A scope that holds flow elements: a process or a sub-process.</summary>
public interface IFlowElementsContainer
{
    /// <summary>The container's id; the <see cref="FlowElement.ScopeId"/> of its direct children.</summary>
    string Id { get; }

    /// <summary>The direct children in document order.</summary>
    IReadOnlyList<FlowElement> FlowElements { get; }

    /// <summary>The direct children that are flow nodes, in document order.</summary>
    IReadOnlyList<FlowNode> FlowNodes { get; }

    /// <summary>The direct children that are sequence flows, in document order.</summary>
    IReadOnlyList<SequenceFlow> SequenceFlows { get; }

    /// <summary>A direct child by id, or null.</summary>
    FlowElement? FindFlowElement(string id);
}
