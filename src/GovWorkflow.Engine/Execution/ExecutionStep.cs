using GovWorkflow.Engine.Expressions;
using NodaTime;

namespace GovWorkflow.Engine.Execution;

/// <summary>One application of a stimulus to a copy of an instance's state: moves tokens until every one waits or ends.</summary>
/// <remarks>
/// Tokens are work items in a FIFO agenda. When the agenda drains, inclusive joins that nothing can reach
/// any more fire, then scopes without children complete; both may add work, so the loop repeats until
/// quiet. A refusal anywhere unwinds the whole step (<see cref="RefusalException"/>) and the caller keeps
/// the state it had. Split over several files by concern: tokens here, then activities, gateways, events
/// and multi-instance.
/// </remarks>
internal sealed partial class ExecutionStep
{
    private readonly ExecutableProcess process;
    private readonly EngineOptions options;
    private readonly Instant now;
    private readonly LocalDateTime localNow;
    private readonly List<Effect> effects = [];
    private readonly List<TraceEntry>? trace;
    private readonly Queue<WorkItem> agenda = new();
    private ScopeVariables? variables;
    private FeelEvaluationContext? evaluation;

    public ExecutionStep(ExecutableProcess process, EngineOptions options, InstanceState state, Instant now)
    {
        this.process = process;
        this.options = options;
        this.now = now;
        State = state;
        localNow = now.InZone(options.Zone).LocalDateTime;
        trace = options.RecordTrace ? [] : null;
    }

    public InstanceState State { get; }

    public ExecutionResult Result() => new(State, effects, (IReadOnlyList<TraceEntry>?)trace ?? [], null);

    public ElementInstance? FindParent(ElementInstance element) =>
        element.ParentKey == 0 ? null : State.FindElement(element.ParentKey);

    /// <summary>Moves every token until each waits or ends.</summary>
    public void Drain()
    {
        while (true)
        {
            while (agenda.TryDequeue(out var item))
            {
                Enter(process.Nodes[item.Node], item.Scope, item.Flow);
            }

            if (State.Status != InstanceStatus.Running)
            {
                agenda.Clear();
                return;
            }

            if (!FireReadyInclusiveJoin() && !CompleteEmptyScope())
            {
                return;
            }
        }
    }

    private void Enter(ExecutableNode node, long scope, int flow)
    {
        if (State.FindElement(scope) is null)
        {
            // The scope was cancelled while this token was on its way (an interrupting event won the race).
            return;
        }

        if (node.IsJoin)
        {
            ArriveAtJoin(node, scope, flow);
            return;
        }

        if (node.MultiInstance is not null)
        {
            StartMultiInstance(node, scope);
            return;
        }

        switch (node.Kind)
        {
            case NodeKind.StartEvent:
            case NodeKind.PassThroughTask:
                Trace(node, TraceKind.Activated);
                Trace(node, TraceKind.Completed);
                Leave(node, scope);
                break;
            case NodeKind.EndEvent:
                EndToken(node, scope);
                break;
            case NodeKind.IntermediateThrowEvent:
                ThrowIntermediate(node, scope);
                break;
            case NodeKind.ExclusiveGateway:
                PassExclusive(node, scope);
                break;
            case NodeKind.ParallelGateway:
                Trace(node, TraceKind.Activated);
                Trace(node, TraceKind.Completed);
                foreach (var outgoing in node.Outgoing)
                {
                    Take(outgoing, scope);
                }

                break;
            case NodeKind.InclusiveGateway:
                Trace(node, TraceKind.Activated);
                Trace(node, TraceKind.Completed);
                ForkInclusive(node, scope);
                break;
            case NodeKind.EventBasedGateway:
                OpenEventGateway(node, scope);
                break;
            default:
                Activate(node, scope, loopCounter: 0, item: null);
                break;
        }
    }

    private void ThrowIntermediate(ExecutableNode node, long scope)
    {
        // A caught escalation runs its catcher first and the throw completes after it (the order bpmn-engine
        // records too); the throw is traced as completed even when the catcher cancels its scope.
        Trace(node, TraceKind.Activated);
        var goesOn = node.Trigger != EventTrigger.Escalation || RaiseEscalation(node, scope);
        Trace(node, TraceKind.Completed);
        if (goesOn)
        {
            Leave(node, scope);
        }
    }

    private void EndToken(ExecutableNode node, long scope)
    {
        Trace(node, TraceKind.Activated);
        switch (node.Trigger)
        {
            case EventTrigger.Terminate:
                Trace(node, TraceKind.Completed);
                TerminateScope(State.FindElement(scope)!);
                break;
            case EventTrigger.Error:
                Trace(node, TraceKind.Completed);
                ThrowErrorFrom(State.FindElement(scope)!, node.Code!, node.Id, message: null);
                break;
            case EventTrigger.Escalation:
                RaiseEscalation(node, scope);
                Trace(node, TraceKind.Completed);
                break;
            default:
                Trace(node, TraceKind.Completed);
                break;
        }
    }

    /// <summary>Leaves an activity or event: every unconditional flow, every true conditional flow, else the default.</summary>
    private void Leave(ExecutableNode node, long scope)
    {
        var taken = false;
        foreach (var index in node.Outgoing)
        {
            if (index == node.DefaultFlow)
            {
                continue;
            }

            var flow = process.Flows[index];
            if (flow.Condition is null || IsTrue(flow.Condition, scope))
            {
                Take(index, scope);
                taken = true;
            }
        }

        if (!taken && node.DefaultFlow >= 0)
        {
            Take(node.DefaultFlow, scope);
        }
    }

    private void Take(int flow, long scope) => agenda.Enqueue(new WorkItem(process.Flows[flow].Target, scope, flow));

    private void EnqueueStart(ExecutableNode start, long scope) => agenda.Enqueue(new WorkItem(start.Index, scope, -1));

    /// <summary>Completes the first scope (subprocess, event subprocess or the process) that has nothing left inside.</summary>
    private bool CompleteEmptyScope()
    {
        for (var i = State.ElementList.Count - 1; i >= 0; i--)
        {
            var element = State.ElementList[i];
            if (element.Role == ElementRole.Scope && !HasChildren(element.Key))
            {
                if (element.ParentKey == 0)
                {
                    EndInstance(InstanceStatus.Completed);
                }
                else
                {
                    CompleteElement(element);
                }

                return true;
            }
        }

        return false;
    }

    private bool HasChildren(long key)
    {
        foreach (var element in State.ElementList)
        {
            if (element.ParentKey == key)
            {
                return true;
            }
        }

        return false;
    }

    private void EndInstance(InstanceStatus status)
    {
        if (State.ElementList.Count > 0)
        {
            Cancel(State.ElementList[0], traceRoot: false);
        }

        State.Status = status;
        effects.Add(new InstanceEnded(status));
    }

    /// <summary>Cancels an element, its children and its bookmarks (an interrupting event, a terminate end, a cancel).</summary>
    private void Cancel(ElementInstance element, bool traceRoot = true)
    {
        CancelChildren(element);
        CancelBookmarks(element.Key);
        if (traceRoot && element.Role != ElementRole.Join)
        {
            trace?.Add(new TraceEntry(element.NodeId, TraceKind.Terminated));
        }

        State.ElementList.Remove(element);
    }

    private void CancelChildren(ElementInstance scope)
    {
        for (var i = State.ElementList.Count - 1; i >= 0; i--)
        {
            if (i < State.ElementList.Count && State.ElementList[i].ParentKey == scope.Key)
            {
                Cancel(State.ElementList[i]);
            }
        }
    }

    private void CancelBookmarks(long elementKey)
    {
        for (var i = 0; i < State.BookmarkList.Count; i++)
        {
            var bookmark = State.BookmarkList[i];
            if (bookmark.ElementKey == elementKey)
            {
                State.BookmarkList.RemoveAt(i--);
                effects.Add(new BookmarkCancelled(bookmark.Key, bookmark.Kind, bookmark.NodeId));
            }
        }
    }

    private void TerminateScope(ElementInstance scope)
    {
        if (scope.ParentKey == 0)
        {
            EndInstance(InstanceStatus.Terminated);
            return;
        }

        // A terminate end inside a subprocess ends that subprocess only; it then completes normally.
        scope = Own(scope);
        CancelChildren(scope);
        CancelBookmarks(scope.Key);
        scope.Interrupted = true;
    }

    private ElementInstance NewElement(ExecutableNode node, long parent, ElementRole role)
    {
        var element = new ElementInstance(State.NextKey++, node.Id, parent, role) { Owner = State };
        State.ElementList.Add(element);
        return element;
    }

    /// <summary>The element, copied into this step's state before its first change (copy on write); use the returned instance.</summary>
    private ElementInstance Own(ElementInstance element)
    {
        if (ReferenceEquals(element.Owner, State))
        {
            return element;
        }

        var copy = element.Clone(State);
        State.ElementList[State.ElementList.IndexOf(element)] = copy;
        return copy;
    }

    private Bookmark AddBookmark(BookmarkKind kind, ExecutableNode node, long elementKey, string? messageName = null, Instant? dueAt = null, int remaining = 0)
    {
        var bookmark = new Bookmark(State.NextKey++, kind, node.Id, elementKey, messageName, dueAt, remaining);
        State.BookmarkList.Add(bookmark);
        return bookmark;
    }

    private ExecutableNode NodeOf(ElementInstance element) => NodeById(element.NodeId);

    /// <summary>A node named by the state; a state from another definition version is refused, not guessed at.</summary>
    private ExecutableNode NodeById(string id) =>
        process.TryGetNode(id, out var node)
            ? node
            : throw Refuse("engine.state-mismatch", $"实例状态中的元素 {id} 在流程 {process.Id} 中不存在：该实例应由其启动时的定义版本继续执行。", id);

    /// <summary>The element a bookmark belongs to; a state where it is missing was not written by this engine and is refused.</summary>
    private ElementInstance OwnerOf(Bookmark bookmark) =>
        State.FindElement(bookmark.ElementKey)
            ?? throw Refuse("engine.state-mismatch", $"等待点 {bookmark.Key}（{bookmark.NodeId}）所属的元素 {bookmark.ElementKey} 不在实例状态中：实例状态已损坏，请联系管理员。", bookmark.NodeId);

    private void Trace(ExecutableNode node, TraceKind kind) => trace?.Add(new TraceEntry(node.Id, kind));

    private FeelValue Evaluate(FeelExpression expression, ElementInstance? scope)
    {
        // Created on first use: most steps evaluate nothing.
        variables ??= new ScopeVariables(this);
        evaluation ??= new FeelEvaluationContext(variables, localNow);
        variables.Start = scope;
        return expression.Evaluate(evaluation);
    }

    private bool IsTrue(FeelExpression expression, long scope) => Evaluate(expression, State.FindElement(scope)).IsTrue;

    /// <summary>Sets variables where they already live (the nearest scope outwards that has them), else on the process.</summary>
    private void SetVariables(ElementInstance? from, IReadOnlyDictionary<string, FeelValue> values)
    {
        foreach (var (name, value) in values)
        {
            Dictionary<string, FeelValue>? target = null;
            for (var element = from; element is not null; element = FindParent(element))
            {
                if (element.Locals is { } local && local.ContainsKey(name))
                {
                    target = Own(element).Locals;
                    break;
                }
            }

            (target ?? State.WritableVariables())[name] = value;
        }
    }

    /// <summary>Every variable visible from an element, inner scopes shadowing outer ones.</summary>
    private Dictionary<string, FeelValue> Visible(ElementInstance element)
    {
        var chain = new List<ElementInstance>();
        for (var e = element; e is not null; e = FindParent(e))
        {
            chain.Add(e);
        }

        var result = new Dictionary<string, FeelValue>(State.VariableMap, StringComparer.Ordinal);
        for (var i = chain.Count - 1; i >= 0; i--)
        {
            if (chain[i].Locals is { } local)
            {
                foreach (var (name, value) in local)
                {
                    result[name] = value;
                }
            }
        }

        return result;
    }

    private static RefusalException Refuse(string code, string message, string? elementId) =>
        new(new ExecutionRefusal(code, message, elementId));
}
