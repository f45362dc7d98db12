namespace GovWorkflow.Engine.Model;

/// <summary>A <c>lane</c>: a swimlane (often a department or role) listing the flow nodes drawn in it.</summary>
public sealed class Lane : BpmnElement
{
    internal Lane(ElementHeader header, IReadOnlyList<string> flowNodeRefs, LaneSet? childLaneSet)
        : base(header)
    {
        FlowNodeRefs = flowNodeRefs;
        ChildLaneSet = childLaneSet;
    }

    /// <summary>The <c>flowNodeRef</c> ids in document order.</summary>
    public IReadOnlyList<string> FlowNodeRefs { get; }

    /// <summary>The nested lanes (<c>childLaneSet</c>), or null.</summary>
    public LaneSet? ChildLaneSet { get; }
}
