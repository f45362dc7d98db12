namespace GovWorkflow.Engine.Execution;

/// <summary>Where a <see cref="MoveToken"/> may send a token: the one rule behind the stimulus and <see cref="ProcessInterpreter.MoveTargets"/>.</summary>
/// <remarks>
/// A target is an activity of the source's own flow-elements container, found by walking backwards along
/// incoming sequence flows from the source. The walk passes exclusive and event-based gateways, events and other
/// activities, and reaches an activity through its interrupting boundary events; it stops at parallel and inclusive
/// gateways (forks and joins alike), at non-interrupting boundary events and at any other node with more than one
/// outgoing flow (an implicit fork). Past a fork the other branches still hold tokens, so a second token would run
/// them twice or leave a join waiting forever. Refusals are thrown as <see cref="RefusalException"/>.
/// </remarks>
internal static class MoveRule
{
    /// <summary>The waiting activity that owns a bookmark, refusing what cannot move.</summary>
    public static (ElementInstance Element, ExecutableNode Node) Source(ExecutableProcess process, InstanceState state, long bookmarkKey)
    {
        var bookmark = state.FindBookmark(bookmarkKey)
            ?? throw Refuse("engine.bookmark-missing", $"等待点 {bookmarkKey} 不存在：该任务可能已被他人处理、已超时或已被撤销，请刷新后重试。", null);
        var element = state.FindElement(bookmark.ElementKey)
            ?? throw Refuse("engine.state-mismatch", $"等待点 {bookmark.Key}（{bookmark.NodeId}）所属的元素 {bookmark.ElementKey} 不在实例状态中：实例状态已损坏，请联系管理员。", bookmark.NodeId);
        if (!process.TryGetNode(element.NodeId, out var node))
        {
            throw Refuse("engine.state-mismatch", $"实例状态中的元素 {element.NodeId} 在流程 {process.Id} 中不存在：该实例应由其启动时的定义版本继续执行。", element.NodeId);
        }

        if (element.ParentKey != 0 && state.FindElement(element.ParentKey) is { Role: ElementRole.MultiInstanceBody })
        {
            throw Refuse("engine.move-multi-instance", $"等待点 {bookmarkKey} 属于多实例活动 {node.Id} 的其中一个实例（会签、或签、票签等）：不能单独退回或撤回其中一个实例。", node.Id);
        }

        if (element.Role != ElementRole.Activity || bookmark.NodeId != element.NodeId || !node.IsActivity)
        {
            throw Refuse("engine.move-source-invalid", $"等待点 {bookmarkKey}（{bookmark.NodeId}）不是任务本身的办理等待点：只能从正在等待办理的任务退回或撤回。", bookmark.NodeId);
        }

        return (element, node);
    }

    /// <summary>The node a token may be moved to from <paramref name="source"/>, refusing one the rule does not allow.</summary>
    public static ExecutableNode Target(ExecutableProcess process, ExecutableNode source, string targetNodeId)
    {
        if (!process.TryGetNode(targetNodeId, out var target))
        {
            throw Refuse("engine.move-target-unknown", $"流程 {process.Id} 中没有环节 {targetNodeId}：请核对退回或撤回的目标环节。", targetNodeId);
        }

        if (!target.IsActivity)
        {
            throw Refuse("engine.move-target-kind", $"{targetNodeId} 不是任务、子流程或调用活动（是{KindName(target.Kind)}）：只能退回或撤回到办理环节。", targetNodeId);
        }

        if (target.Scope != source.Scope)
        {
            throw Refuse("engine.move-target-scope", $"环节 {targetNodeId} 与当前环节 {source.Id} 不在同一流程层级（主流程或同一个子流程）内：不能跨子流程退回或撤回。", targetNodeId);
        }

        if (Upstream(process, source, passForks: false).Contains(target))
        {
            return target;
        }

        throw Upstream(process, source, passForks: true).Contains(target)
            ? Refuse("engine.move-crosses-gateway", $"从 {source.Id} 退回到 {targetNodeId} 要越过并行或包容网关（或一处并行分叉）：其他分支仍在办理，不能退回到分叉之前。", targetNodeId)
            : Refuse("engine.move-target-not-upstream", $"环节 {targetNodeId} 不在当前环节 {source.Id} 之前的流程路径上：只能退回或撤回到已经过的上游环节。", targetNodeId);
    }

    /// <summary>The user tasks the rule allows from <paramref name="source"/>: the source itself first (when it is one), then nearest first.</summary>
    public static IReadOnlyList<string> UserTaskTargets(ExecutableProcess process, ExecutableNode source)
    {
        var targets = new List<string>();
        foreach (var node in Upstream(process, source, passForks: false))
        {
            if (node.Kind == NodeKind.UserTask)
            {
                targets.Add(node.Id);
            }
        }

        return targets;
    }

    /// <summary>Nodes reached walking backwards from <paramref name="source"/> (included first), breadth first, so nearest first.</summary>
    private static List<ExecutableNode> Upstream(ExecutableProcess process, ExecutableNode source, bool passForks)
    {
        var seen = new bool[process.Nodes.Count];
        seen[source.Index] = true;
        var reached = new List<ExecutableNode> { source };
        for (var next = 0; next < reached.Count; next++)
        {
            var node = reached[next];
            if (node.Kind == NodeKind.BoundaryEvent)
            {
                Visit(process.Nodes[node.AttachedTo]);
                continue;
            }

            foreach (var flow in node.Incoming)
            {
                Visit(process.Nodes[process.Flows[flow].Source]);
            }
        }

        return reached;

        void Visit(ExecutableNode node)
        {
            if (!seen[node.Index] && (passForks || !IsFork(node)))
            {
                seen[node.Index] = true;
                reached.Add(node);
            }
        }
    }

    /// <summary>Whether leaving this node may start more than one token, so that walking back through it would duplicate a branch.</summary>
    private static bool IsFork(ExecutableNode node) => node.Kind switch
    {
        NodeKind.ParallelGateway or NodeKind.InclusiveGateway => true,
        NodeKind.ExclusiveGateway or NodeKind.EventBasedGateway => false,
        NodeKind.BoundaryEvent => !node.Interrupting,
        _ => node.Outgoing.Length > 1,
    };

    private static string KindName(NodeKind kind) => kind switch
    {
        NodeKind.StartEvent => "开始事件",
        NodeKind.EndEvent => "结束事件",
        NodeKind.IntermediateCatchEvent or NodeKind.IntermediateThrowEvent => "中间事件",
        NodeKind.BoundaryEvent => "边界事件",
        NodeKind.EventSubProcess => "事件子流程",
        NodeKind.Process => "流程本身",
        _ => "网关",
    };

    private static RefusalException Refuse(string code, string message, string? elementId) =>
        new(new ExecutionRefusal(code, message, elementId));
}
