using GovWorkflow.Engine.Model;

namespace GovWorkflow.Engine.Validation;

/// <summary>Finds flow nodes that no token can reach from a start event.</summary>
/// <remarks>
/// Tokens enter a process at its start events, enter a sub-process at its start events, reach boundary events through
/// the activity they are attached to (a boundary event on something else is reported elsewhere), and reach event sub-processes whenever their parent scope is active. A node in a
/// scope that is itself unreachable is not reported again.
/// </remarks>
internal sealed class Reachability
{
    private readonly BpmnProcess _process;
    private readonly ValidationSink _sink;
    private readonly HashSet<string> _reached = new(StringComparer.Ordinal);
    private readonly Queue<FlowNode> _pending = new();

    public Reachability(BpmnProcess process, ValidationSink sink)
    {
        _process = process;
        _sink = sink;
    }

    public void Check()
    {
        EnterScope(_process);
        while (_pending.TryDequeue(out var node))
        {
            Follow(node);
        }

        foreach (var node in _process.AllFlowElements.OfType<FlowNode>())
        {
            var misattached = node is BoundaryEvent boundary && _process.FindElement(boundary.AttachedToRef) is not Activity;
            if (node.Id.Length > 0 && !misattached && !_reached.Contains(node.Id) && (node.ScopeId == _process.Id || _reached.Contains(node.ScopeId)))
            {
                _sink.Report(BpmnProblemCodes.Unreachable, $"{node.ElementName} 从任何开始事件都无法到达：请用顺序流把它接入流程，或删除它。", node);
            }
        }
    }

    private void Follow(FlowNode node)
    {
        foreach (var flowId in node.Outgoing)
        {
            if (_process.FindElement(flowId) is SequenceFlow flow && _process.FindElement(flow.TargetRef) is FlowNode target)
            {
                Reach(target);
            }
        }

        if (node is Activity activity)
        {
            foreach (var boundaryId in activity.BoundaryEvents)
            {
                if (_process.FindElement(boundaryId) is FlowNode boundary)
                {
                    Reach(boundary);
                }
            }
        }

        if (node is SubProcess subProcess)
        {
            EnterScope(subProcess);
        }
    }

    private void EnterScope(IFlowElementsContainer scope)
    {
        foreach (var node in scope.FlowNodes)
        {
            if (node is StartEvent || node is SubProcess { TriggeredByEvent: true })
            {
                Reach(node);
            }
        }
    }

    private void Reach(FlowNode node)
    {
        if (node.Id.Length > 0 && _reached.Add(node.Id))
        {
            _pending.Enqueue(node);
        }
    }
}
