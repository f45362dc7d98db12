namespace GovWorkflow.Engine.Execution;

/// <summary>Gateways: exclusive choice, parallel and inclusive forks and joins, event-based waits.</summary>
internal sealed partial class ExecutionStep
{
    private void PassExclusive(ExecutableNode node, long scope)
    {
        Trace(node, TraceKind.Activated);
        Trace(node, TraceKind.Completed);
        foreach (var index in node.Outgoing)
        {
            var flow = process.Flows[index];
            if (index != node.DefaultFlow && (flow.Condition is null || IsTrue(flow.Condition, scope)))
            {
                Take(index, scope);
                return;
            }
        }

        if (node.DefaultFlow < 0)
        {
            throw NoWayOut(node);
        }

        Take(node.DefaultFlow, scope);
    }

    private void ForkInclusive(ExecutableNode node, long scope)
    {
        var taken = false;
        foreach (var index in node.Outgoing)
        {
            var flow = process.Flows[index];
            if (index != node.DefaultFlow && (flow.Condition is null || IsTrue(flow.Condition, scope)))
            {
                Take(index, scope);
                taken = true;
            }
        }

        if (taken)
        {
            return;
        }

        if (node.DefaultFlow < 0)
        {
            throw NoWayOut(node);
        }

        Take(node.DefaultFlow, scope);
    }

    private static RefusalException NoWayOut(ExecutableNode node) => Refuse(
        "engine.no-outgoing-flow",
        $"网关 {node.Id}{(node.Name is null ? string.Empty : "（" + node.Name + "）")} 的出口条件都不成立，也没有默认出口：请检查提交的办理结果或流程变量，或在流程中为该网关设置默认出口。",
        node.Id);

    /// <summary>A token reaches a joining gateway: park it; a parallel join fires when every incoming flow has a token.</summary>
    private void ArriveAtJoin(ExecutableNode node, long scope, int flow)
    {
        var join = FindJoin(node, scope);
        if (join is null)
        {
            join = NewElement(node, scope, ElementRole.Join);
            join.Arrivals = new int[node.Incoming.Length];
        }
        else
        {
            join = Own(join);
        }

        join.Arrivals![Array.IndexOf(node.Incoming, flow)]++;
        if (node.Kind == NodeKind.ParallelGateway && Array.TrueForAll(join.Arrivals, a => a > 0))
        {
            FireJoin(node, join);
        }

        // An inclusive join waits until the agenda drains, then fires if nothing else can reach it.
    }

    private ElementInstance? FindJoin(ExecutableNode node, long scope)
    {
        foreach (var element in State.ElementList)
        {
            if (element.Role == ElementRole.Join && element.ParentKey == scope && element.NodeId == node.Id)
            {
                return element;
            }
        }

        return null;
    }

    private void FireJoin(ExecutableNode node, ElementInstance join)
    {
        join = Own(join);
        var arrivals = join.Arrivals!;
        var left = 0;
        for (var i = 0; i < arrivals.Length; i++)
        {
            if (arrivals[i] > 0)
            {
                arrivals[i]--;
            }

            left += arrivals[i];
        }

        if (left == 0)
        {
            State.ElementList.Remove(join);
        }

        Trace(node, TraceKind.Activated);
        Trace(node, TraceKind.Completed);
        if (node.Kind == NodeKind.InclusiveGateway)
        {
            ForkInclusive(node, join.ParentKey);
        }
        else
        {
            foreach (var outgoing in node.Outgoing)
            {
                Take(outgoing, join.ParentKey);
            }
        }
    }

    /// <summary>
    /// The upstream-reachability rule (as in Zeebe and Flowable): an inclusive join with tokens fires once no
    /// other live element of its scope can still reach it. Loop-backs count: a token that can come round again waits.
    /// </summary>
    private bool FireReadyInclusiveJoin()
    {
        foreach (var join in State.ElementList)
        {
            if (join.Role != ElementRole.Join)
            {
                continue;
            }

            var node = NodeOf(join);
            if (node.Kind != NodeKind.InclusiveGateway || !CanFire(node, join))
            {
                continue;
            }

            FireJoin(node, join);
            return true;
        }

        return false;
    }

    private bool CanFire(ExecutableNode node, ElementInstance join)
    {
        var reachable = node.ReachableFrom!;
        foreach (var other in State.ElementList)
        {
            if (other.ParentKey == join.ParentKey && !ReferenceEquals(other, join) && reachable[NodeOf(other).Index])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An event-based gateway waits for whichever of the following timers or messages comes first.</summary>
    private void OpenEventGateway(ExecutableNode node, long scope)
    {
        var gateway = NewElement(node, scope, ElementRole.EventGateway);
        Trace(node, TraceKind.Activated);
        foreach (var index in node.Outgoing)
        {
            var target = process.Nodes[process.Flows[index].Target];
            if (target.Trigger == EventTrigger.Timer)
            {
                ScheduleTimer(target, gateway, target.Timer!);
            }
            else
            {
                AddBookmark(BookmarkKind.Message, target, gateway.Key, target.MessageName);
            }
        }
    }

    private void ResolveEventGateway(ElementInstance gateway, ExecutableNode caught)
    {
        CancelBookmarks(gateway.Key);
        State.ElementList.Remove(gateway);
        trace?.Add(new TraceEntry(gateway.NodeId, TraceKind.Completed));
        Trace(caught, TraceKind.Activated);
        Trace(caught, TraceKind.Completed);
        Leave(caught, gateway.ParentKey);
    }
}
