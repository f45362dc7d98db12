using System.Globalization;
using System.Text;
using GovWorkflow.Engine.Expressions;
using GovWorkflow.Engine.Model;
using GovWorkflow.Engine.Validation;
using NodaTime;
using NodaTime.Text;
using CompiledMapping = GovWorkflow.Engine.Execution.VariableMapping;

namespace GovWorkflow.Engine.Execution;

/// <summary>Turns a validated BPMN process into an <see cref="ExecutableProcess"/>: indexes instead of ids, parsed expressions and timers.</summary>
/// <remarks>
/// Validation runs first (<see cref="ExecutableValidator"/> with the FEEL checker); a process with any
/// problem is not compiled. Compilation then only resolves what validation has checked, so it does not
/// report problems of its own except an expression the validator could not see.
/// </remarks>
public static class ProcessCompiler
{
    /// <summary>Validates and compiles one process of a document.</summary>
    /// <param name="document">A parsed document.</param>
    /// <param name="processId">The process to compile; null for the executable one.</param>
    public static ProcessCompilation Compile(BpmnDocument document, string? processId = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var problems = ExecutableValidator.Validate(document, processId, FeelSyntaxChecker.Instance);
        if (problems.Count > 0)
        {
            return new ProcessCompilation(null, problems);
        }

        var process = ExecutableValidator.ChooseProcess(document, processId)!;
        var builder = new Builder(document);
        return builder.Build(process);
    }

    private sealed class Builder(BpmnDocument document)
    {
        private readonly List<ExecutableNode> nodes = [];
        private readonly List<FlowNode?> sources = [];
        private readonly Dictionary<string, int> indexes = new(StringComparer.Ordinal);
        private readonly List<SequenceFlow> sequenceFlows = [];
        private readonly List<BpmnProblem> problems = [];

        public ProcessCompilation Build(BpmnProcess process)
        {
            indexes[process.Id] = 0;
            nodes.Add(new ExecutableNode { Index = 0, Id = process.Id, Name = process.Name, Kind = NodeKind.Process, Line = process.Line, Properties = process.GovAttributes });
            sources.Add(null);
            AddScope(process.FlowNodes, process.SequenceFlows, scope: 0);

            var flows = new ExecutableFlow[sequenceFlows.Count];
            for (var i = 0; i < flows.Length; i++)
            {
                var flow = sequenceFlows[i];
                flows[i] = new ExecutableFlow(i, flow.Id, Resolve(flow.SourceRef, flow, "sourceRef"), Resolve(flow.TargetRef, flow, "targetRef"), Expression(flow.ConditionExpression, flow, "conditionExpression"));
            }

            if (problems.Count > 0)
            {
                return new ProcessCompilation(null, problems);
            }

            Link(flows);
            return new ProcessCompilation(new ExecutableProcess(process.Id, process.Name, [.. nodes], flows), []);
        }

        /// <summary>A node index by id; a dangling reference (the parser reports it, but a caller may compile anyway) becomes a problem.</summary>
        private int Resolve(string id, BpmnElement element, string field)
        {
            if (indexes.TryGetValue(id, out var index))
            {
                return index;
            }

            problems.Add(new BpmnProblem(
                BpmnProblemCodes.MissingReference,
                $"{field} 引用的元素 {id} 不存在或不是本流程的流程节点：请修正引用后再发布。",
                document.FileName,
                element.Line,
                element.Column,
                element.Id));
            return 0;
        }

        private void AddScope(IReadOnlyList<FlowNode> flowNodes, IReadOnlyList<SequenceFlow> flows, int scope)
        {
            sequenceFlows.AddRange(flows);
            foreach (var node in flowNodes)
            {
                var index = nodes.Count;
                indexes[node.Id] = index;
                nodes.Add(null!);
                sources.Add(node);
                nodes[index] = Node(node, index, scope);
                if (node is SubProcess subProcess)
                {
                    AddScope(subProcess.FlowNodes, subProcess.SequenceFlows, index);
                }
            }
        }

        private ExecutableNode Node(FlowNode node, int index, int scope)
        {
            var trigger = node is EventNode eventNode ? Trigger(eventNode.Definition) : EventTrigger.None;
            var activity = node as Activity;
            return new ExecutableNode
            {
                Index = index,
                Id = node.Id,
                Name = node.Name,
                Kind = Kind(node),
                Scope = scope,
                Line = node.Line,
                Trigger = trigger,
                Timer = node is EventNode { Definition: TimerEventDefinition timer } ? Timer(timer, node) : null,
                MessageName = MessageName(node),
                Code = Code(node),
                Interrupting = node switch
                {
                    BoundaryEvent boundary => boundary.CancelActivity,
                    StartEvent start => start.IsInterrupting,
                    _ => true,
                },
                Assignment = node is UserTask userTask ? Assignment(userTask) : AssignmentSpec.Unassigned,
                ActivityType = node switch
                {
                    ServiceTask service => service.GovActivity,
                    SendTask send => send.GovActivity,
                    BusinessRuleTask rule => rule.GovActivity,
                    _ => null,
                },
                CalledElement = (node as CallActivity)?.CalledElement,
                InputMappings = node is CallActivity inCall ? Mappings(inCall.Inputs, node) : [],
                OutputMappings = node is CallActivity outCall ? Mappings(outCall.Outputs, node) : [],
                MultiInstance = activity?.LoopCharacteristics is MultiInstanceLoopCharacteristics loop ? MultiInstance(loop, node) : null,
                Properties = node.GovAttributes,
            };
        }

        private static NodeKind Kind(FlowNode node) => node switch
        {
            StartEvent => NodeKind.StartEvent,
            EndEvent => NodeKind.EndEvent,
            IntermediateCatchEvent => NodeKind.IntermediateCatchEvent,
            IntermediateThrowEvent => NodeKind.IntermediateThrowEvent,
            BoundaryEvent => NodeKind.BoundaryEvent,
            UserTask => NodeKind.UserTask,
            ServiceTask or SendTask or BusinessRuleTask => NodeKind.ServiceTask,
            ReceiveTask => NodeKind.ReceiveTask,
            CallActivity => NodeKind.CallActivity,
            SubProcess { TriggeredByEvent: true } => NodeKind.EventSubProcess,
            SubProcess => NodeKind.SubProcess,
            ExclusiveGateway => NodeKind.ExclusiveGateway,
            ParallelGateway => NodeKind.ParallelGateway,
            InclusiveGateway => NodeKind.InclusiveGateway,
            EventBasedGateway => NodeKind.EventBasedGateway,
            _ => NodeKind.PassThroughTask,
        };

        private static EventTrigger Trigger(EventDefinition? definition) => definition switch
        {
            TimerEventDefinition => EventTrigger.Timer,
            MessageEventDefinition => EventTrigger.Message,
            ErrorEventDefinition => EventTrigger.Error,
            EscalationEventDefinition => EventTrigger.Escalation,
            TerminateEventDefinition => EventTrigger.Terminate,
            _ => EventTrigger.None,
        };

        private static string? MessageName(FlowNode node) => node switch
        {
            ReceiveTask receive => receive.Message?.Name ?? receive.MessageRef,
            EventNode { Definition: MessageEventDefinition message } => message.Message?.Name ?? message.MessageRef,
            _ => null,
        };

        private static string? Code(FlowNode node) => node switch
        {
            EventNode { Definition: ErrorEventDefinition error } => error.Error?.ErrorCode,
            EventNode { Definition: EscalationEventDefinition escalation } => escalation.EscalationCode,
            _ => null,
        };

        private TimerSpec? Timer(TimerEventDefinition timer, FlowNode node)
        {
            if (timer.WorkingDays is { } workingDays)
            {
                var text = workingDays.Trim();
                var from = Expression(timer.GetGovAttribute(GovNames.From), node, "gov:from");
                return text.StartsWith('=')
                    ? new TimerSpec(TimerKind.WorkingDays, text, WorkingDaysExpression: Expression(text, node, "gov:workingDays"), FromExpression: from)
                    : new TimerSpec(TimerKind.WorkingDays, text, WorkingDays: int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture), FromExpression: from);
            }

            if (timer.TimeDuration is { } duration)
            {
                return new TimerSpec(TimerKind.Duration, duration, Period: PeriodPattern.NormalizingIso.Parse(duration.Trim()).Value);
            }

            if (timer.TimeDate is { } date)
            {
                return new TimerSpec(TimerKind.Date, date, Date: OffsetDateTimePattern.ExtendedIso.Parse(date.Trim()).Value.ToInstant());
            }

            var cycle = timer.TimeCycle!.Trim();
            var parts = cycle.Split('/');
            var repetitions = parts[0].Length == 1 ? -1 : int.Parse(parts[0].AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture);
            Instant? start = parts.Length == 3 ? OffsetDateTimePattern.ExtendedIso.Parse(parts[1]).Value.ToInstant() : null;
            return new TimerSpec(TimerKind.Cycle, cycle, Period: PeriodPattern.NormalizingIso.Parse(parts[^1]).Value, Date: start, Repetitions: repetitions);
        }

        private AssignmentSpec Assignment(UserTask task) => new(
            Names(task.Assignee, task, "gov:assignee"),
            Names(task.CandidateUsers, task, "gov:candidateUsers"),
            Names(task.CandidateGroups, task, "gov:candidateGroups"),
            Names(task.CandidateDepartments, task, "gov:candidateDepartments"),
            task.FormKey);

        /// <summary>An assignment is FEEL after <c>=</c>, else a comma-separated list of literal names.</summary>
        private FeelExpression? Names(string? text, FlowNode node, string attribute)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            if (text.TrimStart().StartsWith('='))
            {
                return Expression(text, node, attribute);
            }

            var list = new StringBuilder("[");
            foreach (var name in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                list.Append(list.Length > 1 ? ", \"" : "\"").Append(name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"');
            }

            return Expression(list.Append(']').ToString(), node, attribute);
        }

        private MultiInstanceSpec MultiInstance(MultiInstanceLoopCharacteristics loop, FlowNode node) => new(
            loop.IsSequential,
            Expression(loop.Collection, node, "gov:collection"),
            loop.ElementVariable,
            Expression(loop.LoopCardinality, node, "loopCardinality"),
            Expression(loop.CompletionCondition, node, "completionCondition"));

        private CompiledMapping[] Mappings(IReadOnlyList<Model.VariableMapping> mappings, FlowNode node) =>
            [.. mappings.Select(m => new CompiledMapping(Expression(m.Source, node, "gov:in/gov:out source")!, m.Target!))];

        private FeelExpression? Expression(string? text, BpmnElement element, string field)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            var feel = text.Trim();
            if (feel.StartsWith('='))
            {
                feel = feel[1..];
            }

            var parsed = FeelExpression.Parse(feel);
            if (parsed.Error is { } error)
            {
                problems.Add(new BpmnProblem(
                    "bpmn.expression-invalid",
                    $"{field} 的 FEEL 表达式“{feel}”第 {error.Column} 列有误：{error.Message}",
                    document.FileName,
                    element.Line,
                    element.Column,
                    element.Id));
            }

            return parsed.Expression;
        }

        private void Link(ExecutableFlow[] flows)
        {
            var outgoing = nodes.Select(_ => new List<int>()).ToArray();
            var incoming = nodes.Select(_ => new List<int>()).ToArray();
            foreach (var flow in flows)
            {
                outgoing[flow.Source].Add(flow.Index);
                incoming[flow.Target].Add(flow.Index);
            }

            var boundaries = nodes.Select(_ => new List<int>()).ToArray();
            var starts = nodes.Select(_ => new List<int>()).ToArray();
            var eventStarts = nodes.Select(_ => new List<int>()).ToArray();
            foreach (var node in nodes)
            {
                node.Outgoing = [.. outgoing[node.Index]];
                node.Incoming = [.. incoming[node.Index]];
                if (node.Kind == NodeKind.BoundaryEvent)
                {
                    if (indexes.TryGetValue(((BoundaryEvent)sources[node.Index]!).AttachedToRef, out var attachedTo))
                    {
                        node.AttachedTo = attachedTo;
                        boundaries[attachedTo].Add(node.Index);
                    }
                }
                else if (node.Kind == NodeKind.StartEvent)
                {
                    var scope = nodes[node.Scope];
                    if (scope.Kind == NodeKind.EventSubProcess)
                    {
                        eventStarts[scope.Scope].Add(node.Index);
                    }
                    else
                    {
                        starts[scope.Index].Add(node.Index);
                    }
                }
            }

            foreach (var node in nodes)
            {
                node.Boundaries = [.. boundaries[node.Index]];
                node.StartEvents = [.. starts[node.Index]];
                node.EventSubProcessStarts = [.. eventStarts[node.Index]];
                if (node.Kind == NodeKind.InclusiveGateway && node.Incoming.Length > 1)
                {
                    node.ReachableFrom = Upstream(node, flows);
                }
            }

            for (var i = 0; i < nodes.Count; i++)
            {
                if (sources[i] is { } source && DefaultOf(source) is { } defaultId)
                {
                    nodes[i].DefaultFlow = sequenceFlows.FindIndex(f => f.Id == defaultId);
                }
            }
        }

        private static string? DefaultOf(FlowNode node) => node switch
        {
            Gateway gateway => gateway.Default,
            Activity activity => activity.Default,
            _ => null,
        };

        /// <summary>Nodes of the join's scope from which a token can still reach it, walking flows backwards (boundary events count for their activity).</summary>
        private bool[] Upstream(ExecutableNode join, ExecutableFlow[] flows)
        {
            var reachable = new bool[nodes.Count];
            var pending = new Stack<int>();
            foreach (var flow in join.Incoming)
            {
                pending.Push(flows[flow].Source);
            }

            while (pending.TryPop(out var index))
            {
                if (index == join.Index || reachable[index])
                {
                    continue;
                }

                reachable[index] = true;
                var node = nodes[index];
                if (node.Kind == NodeKind.BoundaryEvent && sources[index] is BoundaryEvent boundary && indexes.TryGetValue(boundary.AttachedToRef, out var attachedTo))
                {
                    pending.Push(attachedTo);
                }

                foreach (var flow in node.Incoming)
                {
                    pending.Push(flows[flow].Source);
                }
            }

            return reachable;
        }
    }
}
