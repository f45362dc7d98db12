namespace GovWorkflow.Engine.Model;

/// <summary>A <c>laneSet</c> or <c>childLaneSet</c>.</summary>
public sealed class LaneSet : BpmnElement
{
    internal LaneSet(ElementHeader header, IReadOnlyList<Lane> lanes)
        : base(header)
    {
        Lanes = lanes;
    }

    /// <summary>The lanes in document order.</summary>
    public IReadOnlyList<Lane> Lanes { get; }
}
