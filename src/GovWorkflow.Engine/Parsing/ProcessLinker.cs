using GovWorkflow.Engine.Model;

namespace GovWorkflow.Engine.Parsing;

/// <summary>Connects sequence flows and boundary events to their nodes and reports what points nowhere.</summary>
internal sealed class ProcessLinker
{
    private readonly ParseContext _context;
    private readonly BpmnProcess _process;

    public ProcessLinker(ParseContext context, BpmnProcess process)
    {
        _context = context;
        _process = process;
    }

    public void Link()
    {
        foreach (var element in _process.AllFlowElements)
        {
            switch (element)
            {
                case SequenceFlow flow:
                    LinkFlow(flow);
                    break;
                case BoundaryEvent boundary:
                    LinkBoundary(boundary);
                    break;
                default:
                    break;
            }
        }

        foreach (var element in _process.AllFlowElements)
        {
            CheckNode(element);
        }

        foreach (var laneSet in _process.LaneSets)
        {
            CheckLanes(laneSet);
        }
    }

    private void LinkFlow(SequenceFlow flow)
    {
        if (_process.FindElement(flow.SourceRef) is FlowNode source)
        {
            if (flow.Id.Length > 0)
            {
                source.AddOutgoing(flow.Id);
            }
        }
        else
        {
            var detail = flow.SourceRef.Length == 0 ? "缺少 sourceRef" : $" sourceRef“{flow.SourceRef}”在流程 {_process.Id} 中不是流程节点";
            _context.Report(BpmnProblemCodes.FlowSourceMissing, $"顺序流{detail}：请把它连接到流程中已有的节点，或删除该顺序流。", flow);
        }

        if (_process.FindElement(flow.TargetRef) is FlowNode target)
        {
            if (flow.Id.Length > 0)
            {
                target.AddIncoming(flow.Id);
            }
        }
        else
        {
            var detail = flow.TargetRef.Length == 0 ? "缺少 targetRef" : $" targetRef“{flow.TargetRef}”在流程 {_process.Id} 中不是流程节点";
            _context.Report(BpmnProblemCodes.FlowTargetMissing, $"顺序流{detail}：请把它连接到流程中已有的节点，或删除该顺序流。", flow);
        }
    }

    private void LinkBoundary(BoundaryEvent boundary)
    {
        var attached = _process.FindElement(boundary.AttachedToRef);
        if (attached is Activity activity)
        {
            if (boundary.Id.Length > 0)
            {
                activity.AddBoundaryEvent(boundary.Id);
            }
        }
        else if (attached is null)
        {
            var detail = boundary.AttachedToRef.Length == 0 ? "缺少 attachedToRef" : $"attachedToRef“{boundary.AttachedToRef}”在流程中不存在";
            _context.Report(BpmnProblemCodes.BoundaryAttachedMissing, $"边界事件{detail}：请把它附着到一个任务或子流程上。", boundary);
        }
    }

    private void CheckNode(FlowElement element)
    {
        var defaultFlow = element switch
        {
            Gateway gateway => gateway.Default,
            Activity activity => activity.Default,
            _ => null,
        };
        if (defaultFlow is not null && _process.FindElement(defaultFlow) is not SequenceFlow)
        {
            _context.ReportMissingReference(element, "default", defaultFlow, "顺序流");
        }

        if (element is Gateway { Outgoing.Count: 0 } lonely)
        {
            _context.Report(BpmnProblemCodes.GatewayNoOutgoing, $"网关 {lonely.ElementName} 没有流出的顺序流：请从它连出至少一条顺序流，或删除该网关。", lonely);
        }
    }

    private void CheckLanes(LaneSet laneSet)
    {
        foreach (var lane in laneSet.Lanes)
        {
            foreach (var reference in lane.FlowNodeRefs)
            {
                if (_process.FindElement(reference) is null)
                {
                    _context.ReportMissingReference(lane, "flowNodeRef", reference, "流程节点");
                }
            }

            if (lane.ChildLaneSet is { } child)
            {
                CheckLanes(child);
            }
        }
    }
}
