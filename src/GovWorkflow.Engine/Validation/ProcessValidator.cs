using GovWorkflow.Engine.Model;

namespace GovWorkflow.Engine.Validation;

/// <summary>Walks one process once and applies the executable-subset rules to every element.</summary>
internal sealed class ProcessValidator
{
    private readonly BpmnProcess _process;
    private readonly ValidationSink _sink;
    private readonly ExpressionRules _expressions;
    private readonly EventRules _events;

    public ProcessValidator(BpmnProcess process, ValidationSink sink, ExpressionRules expressions)
    {
        _process = process;
        _sink = sink;
        _expressions = expressions;
        _events = new EventRules(process, sink, expressions);
    }

    public void Run()
    {
        _events.CheckStarts(_process, ScopeKind.Process);
        ActivityRules.CheckGovSettings(_process, _sink);
        foreach (var element in _process.AllFlowElements)
        {
            switch (element)
            {
                case EventNode node:
                    _events.Check(node);
                    break;
                case Activity activity:
                    CheckActivity(activity);
                    break;
                case Gateway gateway:
                    CheckGateway(gateway);
                    break;
                case SequenceFlow flow:
                    CheckFlow(flow);
                    break;
                default:
                    break;
            }
        }

        new Reachability(_process, _sink).Check();
    }

    private void CheckActivity(Activity activity)
    {
        new ActivityRules(_sink, _expressions).Check(activity);
        if (activity is SubProcess { } subProcess and not (Transaction or AdHocSubProcess))
        {
            _events.CheckStarts(subProcess, subProcess.TriggeredByEvent ? ScopeKind.EventSubProcess : ScopeKind.SubProcess);
        }

        CheckDefault(activity, activity.Default, activity.Outgoing);
    }

    private void CheckGateway(Gateway gateway)
    {
        CheckDefault(gateway, gateway.Default, gateway.Outgoing);
        switch (gateway)
        {
            case ComplexGateway:
                _sink.Report(BpmnProblemCodes.UnsupportedElement, "复杂网关（complexGateway）不受支持：请改用排他、包容或并行网关。", gateway);
                break;
            case ExclusiveGateway or InclusiveGateway when gateway.Outgoing.Count > 1:
                foreach (var flow in Flows(gateway.Outgoing))
                {
                    if (flow.ConditionExpression is null && flow.Id != gateway.Default)
                    {
                        _sink.Report(BpmnProblemCodes.ConditionMissing, $"网关 {gateway.Id} 有多条流出顺序流，这一条既没有条件也不是默认流：请写条件表达式（FEEL，例如 =approved = true），或把它设为网关的默认流。", flow);
                    }
                }

                break;
            case EventBasedGateway:
                CheckEventGatewayTargets(gateway);
                break;
            default:
                break;
        }
    }

    private void CheckEventGatewayTargets(Gateway gateway)
    {
        foreach (var flow in Flows(gateway.Outgoing))
        {
            var target = _process.FindElement(flow.TargetRef);
            var ok = target is ReceiveTask
                || (target is IntermediateCatchEvent catchEvent && catchEvent.Definition is TimerEventDefinition or MessageEventDefinition);
            if (!ok && target is not null)
            {
                _sink.Report(BpmnProblemCodes.EventGatewayTarget, $"事件网关 {gateway.Id} 之后只能是定时/消息中间捕获事件或接收任务，而 {target.Id} 是 {target.ElementName}：请调整流程。", flow);
            }
        }
    }

    private void CheckFlow(SequenceFlow flow)
    {
        var source = _process.FindElement(flow.SourceRef);
        var target = _process.FindElement(flow.TargetRef);
        if ((source is not null && source.ScopeId != flow.ScopeId) || (target is not null && target.ScopeId != flow.ScopeId))
        {
            _sink.Report(BpmnProblemCodes.FlowCrossesScope, "顺序流跨越了子流程边界：顺序流只能连接同一流程或同一子流程中的节点；进入子流程请连到子流程本身，离开请从子流程本身连出。", flow);
        }

        if (flow.ConditionExpression is null)
        {
            return;
        }

        switch (source)
        {
            case ExclusiveGateway or InclusiveGateway:
                _expressions.Check(flow.ConditionExpression, flow, "条件表达式");
                break;
            case ParallelGateway:
                _sink.Report(BpmnProblemCodes.ParallelCondition, $"并行网关 {source.Id} 的流出顺序流带有条件，并行网关会忽略它：请删除条件，或改用包容网关。", flow);
                break;
            case null:
                break;
            default:
                _sink.Report(BpmnProblemCodes.ConditionOutsideGateway, $"条件顺序流只能从排他或包容网关流出，而 {source.Id} 是 {source.ElementName}：请在其后加一个排他网关并把条件写在网关的流出顺序流上。", flow);
                break;
        }
    }

    private void CheckDefault(FlowNode node, string? defaultFlow, IReadOnlyList<string> outgoing)
    {
        if (defaultFlow is not null && _process.FindElement(defaultFlow) is SequenceFlow && !outgoing.Contains(defaultFlow, StringComparer.Ordinal))
        {
            _sink.Report(BpmnProblemCodes.DefaultNotOutgoing, $"默认流“{defaultFlow}”不是 {node.Id} 的流出顺序流：请把 default 设为从该节点流出的顺序流之一。", node);
        }
    }

    private IEnumerable<SequenceFlow> Flows(IReadOnlyList<string> ids) =>
        ids.Select(id => _process.FindElement(id)).OfType<SequenceFlow>();
}
