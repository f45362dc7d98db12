using GovWorkflow.Engine.Model;

namespace GovWorkflow.Engine.Validation;

/// <summary>Rules for events: which triggers are executable where, and their details (timers, messages, errors, escalations).</summary>
internal sealed class EventRules
{
    private readonly BpmnProcess _process;
    private readonly ValidationSink _sink;
    private readonly ExpressionRules _expressions;

    public EventRules(BpmnProcess process, ValidationSink sink, ExpressionRules expressions)
    {
        _process = process;
        _sink = sink;
        _expressions = expressions;
    }

    public void CheckStarts(IFlowElementsContainer scope, ScopeKind kind)
    {
        var starts = scope.FlowNodes.OfType<StartEvent>().ToList();
        var counted = kind == ScopeKind.EventSubProcess ? starts : [.. starts.Where(s => s.IsNone)];
        var owner = (BpmnElement)scope;
        if (starts.Count == 0 || (kind == ScopeKind.SubProcess && counted.Count == 0))
        {
            var what = kind switch
            {
                ScopeKind.Process => "流程没有开始事件：请添加一个空开始事件（或消息开始事件）。",
                ScopeKind.SubProcess => "子流程没有空开始事件：请在子流程内添加一个空开始事件。",
                _ => "事件子流程没有开始事件：请添加一个带定时、消息、错误或升级触发器的开始事件。",
            };
            _sink.Report(BpmnProblemCodes.StartEventMissing, what, owner);
        }

        foreach (var extra in counted.Skip(1))
        {
            _sink.Report(BpmnProblemCodes.StartEventMultiple, $"{(kind == ScopeKind.EventSubProcess ? "事件子流程只能有一个开始事件" : "同一范围内只能有一个空开始事件")}，{counted[0].Id} 之外又有 {extra.Id}：请删除多余的开始事件。", extra);
        }
    }

    public void Check(EventNode node)
    {
        if (node is BoundaryEvent boundary)
        {
            CheckAttachment(boundary);
        }

        if (node.EventDefinitions.Count > 1)
        {
            _sink.Report(BpmnProblemCodes.UnsupportedEvent, $"{node.ElementName} 有 {node.EventDefinitions.Count} 个事件定义（多重事件），引擎不支持：每个事件只保留一个触发器。", node);
            return;
        }

        if (node.Definition is not { } definition)
        {
            CheckNone(node);
            return;
        }

        if (!IsAllowed(node, definition))
        {
            _sink.Report(BpmnProblemCodes.UnsupportedEvent, $"{Describe(node)}上的 {Kind(definition)} 事件不受支持。可执行的是：中间捕获与边界事件的定时、消息；错误与升级的边界、结束事件；终止结束事件；升级中间抛出事件。", node);
            return;
        }

        CheckDetails(node, definition);
    }

    private void CheckNone(EventNode node)
    {
        var problem = node switch
        {
            IntermediateCatchEvent => "中间捕获事件没有事件定义：请设为定时或消息事件。",
            BoundaryEvent => "边界事件没有事件定义：请设为定时、消息、错误或升级事件。",
            StartEvent when ScopeOf(node) == ScopeKind.EventSubProcess => "事件子流程的开始事件必须有触发器（定时、消息、错误或升级）。",
            _ => null,
        };
        if (problem is not null)
        {
            _sink.Report(BpmnProblemCodes.UnsupportedEvent, problem, node);
        }
    }

    private void CheckAttachment(BoundaryEvent boundary)
    {
        var attached = _process.FindElement(boundary.AttachedToRef);
        if (attached is not null && (attached is not Activity || attached.ScopeId != boundary.ScopeId))
        {
            _sink.Report(BpmnProblemCodes.BoundaryNotOnActivity, $"边界事件只能附着在同一范围内的任务、调用活动或子流程上，而“{attached.Id}”是 {attached.ElementName}。", boundary);
        }
    }

    private bool IsAllowed(EventNode node, EventDefinition definition) => node switch
    {
        StartEvent => ScopeOf(node) switch
        {
            ScopeKind.Process => definition is MessageEventDefinition,
            ScopeKind.EventSubProcess => definition is TimerEventDefinition or MessageEventDefinition or ErrorEventDefinition or EscalationEventDefinition,
            _ => false,
        },
        EndEvent => definition is TerminateEventDefinition or ErrorEventDefinition or EscalationEventDefinition,
        IntermediateCatchEvent => definition is TimerEventDefinition or MessageEventDefinition,
        IntermediateThrowEvent => definition is EscalationEventDefinition,
        BoundaryEvent => definition is TimerEventDefinition or MessageEventDefinition or ErrorEventDefinition or EscalationEventDefinition,
        _ => false,
    };

    private void CheckDetails(EventNode node, EventDefinition definition)
    {
        var throws = node is EndEvent or IntermediateThrowEvent;
        switch (definition)
        {
            case TimerEventDefinition timer:
                new TimerRules(_sink, _expressions).Check(node, timer);
                break;
            case MessageEventDefinition message:
                CheckMessage(node, message.MessageRef, message.Message);
                break;
            case ErrorEventDefinition error when (throws && error.Error is null && error.ErrorRef is null) || (error.Error is { } e && string.IsNullOrWhiteSpace(e.ErrorCode)):
                _sink.Report(BpmnProblemCodes.ErrorMissing, "错误事件需要引用一个带 errorCode 的 error：请在 definitions 下定义 error 并设置 errorCode，再在事件上选择它。", node);
                break;
            case EscalationEventDefinition escalation when (throws && escalation.Escalation is null && escalation.EscalationRef is null) || (escalation.Escalation is { } x && string.IsNullOrWhiteSpace(x.EscalationCode)):
                _sink.Report(BpmnProblemCodes.EscalationMissing, "升级事件需要引用一个带 escalationCode 的 escalation：请在 definitions 下定义 escalation 并设置 escalationCode，再在事件上选择它。", node);
                break;
            default:
                break;
        }
    }

    public void CheckMessage(BpmnElement node, string? messageRef, BpmnMessage? message)
    {
        if ((message is null && messageRef is null) || (message is not null && string.IsNullOrWhiteSpace(message.Name)))
        {
            _sink.Report(BpmnProblemCodes.MessageMissing, "需要引用一个有名称的消息（message 的 name 用于关联收到的消息）：请在 definitions 下定义 message 并填写 name。", node);
        }
    }

    private ScopeKind ScopeOf(FlowElement element) =>
        element.ScopeId == _process.Id ? ScopeKind.Process
        : _process.FindElement(element.ScopeId) is SubProcess { TriggeredByEvent: true } ? ScopeKind.EventSubProcess
        : ScopeKind.SubProcess;

    private string Describe(EventNode node) => node switch
    {
        StartEvent => ScopeOf(node) switch
        {
            ScopeKind.Process => "流程开始事件",
            ScopeKind.SubProcess => "子流程开始事件",
            _ => "事件子流程开始事件",
        },
        EndEvent => "结束事件",
        IntermediateCatchEvent => "中间捕获事件",
        IntermediateThrowEvent => "中间抛出事件",
        _ => "边界事件",
    };

    private static string Kind(EventDefinition definition)
    {
        var name = definition.ElementName;
        return name.EndsWith("EventDefinition", StringComparison.Ordinal) ? name[..^"EventDefinition".Length] : name;
    }
}
