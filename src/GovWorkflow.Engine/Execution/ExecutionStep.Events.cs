using GovWorkflow.Engine.Expressions;
using NodaTime;

namespace GovWorkflow.Engine.Execution;

/// <summary>Events: timers, messages, boundary events, event subprocesses, errors and escalations.</summary>
internal sealed partial class ExecutionStep
{
    /// <summary>Opens the timer and message subscriptions of a scope's event subprocesses.</summary>
    private void OpenScope(ExecutableNode scopeNode, ElementInstance scope)
    {
        foreach (var index in scopeNode.EventSubProcessStarts)
        {
            Subscribe(process.Nodes[index], scope);
        }
    }

    private void AttachBoundaries(ExecutableNode node, long elementKey)
    {
        if (node.Boundaries.Length == 0)
        {
            return;
        }

        var element = State.FindElement(elementKey)!;
        foreach (var index in node.Boundaries)
        {
            Subscribe(process.Nodes[index], element);
        }
    }

    /// <summary>Waits for a timer or message event on behalf of an element; errors and escalations are caught when thrown.</summary>
    private void Subscribe(ExecutableNode eventNode, ElementInstance owner)
    {
        switch (eventNode.Trigger)
        {
            case EventTrigger.Timer:
                ScheduleTimer(eventNode, owner, eventNode.Timer!);
                break;
            case EventTrigger.Message:
                AddBookmark(BookmarkKind.Message, eventNode, owner.Key, eventNode.MessageName);
                break;
        }
    }

    private void ScheduleTimer(ExecutableNode node, ElementInstance owner, TimerSpec timer)
    {
        Instant due;
        var remaining = 0;
        switch (timer.Kind)
        {
            case TimerKind.Duration:
                due = Add(now, timer.Period!);
                break;
            case TimerKind.Date:
                due = timer.Date!.Value;
                break;
            case TimerKind.Cycle:
                due = timer.Date ?? Add(now, timer.Period!);
                remaining = timer.Repetitions < 0 ? -1 : timer.Repetitions - 1;
                break;
            default:
                due = AddWorkingDays(node, owner, timer);
                break;
        }

        var bookmark = AddBookmark(BookmarkKind.Timer, node, owner.Key, dueAt: due, remaining: remaining);
        effects.Add(new TimerScheduled(bookmark.Key, node.Id, due));
    }

    private Instant Add(Instant from, Period period) =>
        from.InZone(options.Zone).LocalDateTime.Plus(period).InZoneLeniently(options.Zone).ToInstant();

    private Instant AddWorkingDays(ExecutableNode node, ElementInstance owner, TimerSpec timer)
    {
        var calendar = options.Calendar
            ?? throw Refuse("engine.no-calendar", $"定时器 {node.Id} 按工作日计时（gov:workingDays），但引擎未配置工作日历：请由宿主提供 IWorkingDayCalendar。", node.Id);
        var days = timer.WorkingDays;
        if (timer.WorkingDaysExpression is { } expression)
        {
            var value = Evaluate(expression, owner);
            if (value.Kind != FeelValueKind.Number || value.AsNumber < 0 || value.AsNumber != decimal.Truncate(value.AsNumber) || value.AsNumber > 100_000)
            {
                throw Refuse("engine.timer-invalid", $"定时器 {node.Id} 的工作日数表达式 {expression.Text} 结果为 {value}，不是非负整数：请检查流程变量。", node.Id);
            }

            days = (int)value.AsNumber;
        }

        return calendar.AddWorkingDays(CountFrom(node, owner, timer), days);
    }

    /// <summary>Where a working-day timer counts from: now, or the day <c>gov:from</c> names (a case's acceptance, say); an earlier day can make it due at once.</summary>
    private Instant CountFrom(ExecutableNode node, ElementInstance owner, TimerSpec timer)
    {
        if (timer.FromExpression is not { } expression)
        {
            return now;
        }

        var value = Evaluate(expression, owner);
        return value.Kind switch
        {
            FeelValueKind.Null => now,
            FeelValueKind.Date => value.AsDate.AtStartOfDayInZone(options.Zone).ToInstant(),
            FeelValueKind.DateTime => value.AsDateTime.InZoneLeniently(options.Zone).ToInstant(),
            _ => throw Refuse("engine.timer-invalid", $"定时器 {node.Id} 的起算日 gov:from（{expression.Text}）结果为 {value}，不是日期：请检查流程变量。", node.Id),
        };
    }

    /// <summary>Applies <see cref="FireTimer"/>: refuses a timer that is gone or not yet due, so a duplicate firing does nothing.</summary>
    public void FireTimer(long bookmarkKey)
    {
        var bookmark = State.FindBookmark(bookmarkKey);
        if (bookmark is { Kind: BookmarkKind.Timer } && bookmark.DueAt > now)
        {
            throw Refuse("engine.timer-not-due", $"定时器 {bookmark.NodeId} 到期时间为 {bookmark.DueAt}，尚未到期。", bookmark.NodeId);
        }

        bookmark = TakeBookmark(bookmarkKey, BookmarkKind.Timer);
        Dispatch(bookmark, values: null);
        Drain();
    }

    /// <summary>Applies <see cref="RescheduleTimer"/>: the same wait under a new key and due instant.</summary>
    public void RescheduleTimer(long bookmarkKey, Instant dueAt)
    {
        var old = TakeBookmark(bookmarkKey, BookmarkKind.Timer);
        effects.Add(new BookmarkCancelled(old.Key, BookmarkKind.Timer, old.NodeId));
        var moved = AddBookmark(BookmarkKind.Timer, NodeById(old.NodeId), OwnerOf(old).Key, dueAt: dueAt, remaining: old.RemainingRepetitions);
        effects.Add(new TimerScheduled(moved.Key, moved.NodeId, dueAt));
    }

    /// <summary>Applies <see cref="DeliverMessage"/> to the oldest bookmark awaiting that message name.</summary>
    public void DeliverMessage(string name, IReadOnlyDictionary<string, FeelValue> values)
    {
        Bookmark? found = null;
        foreach (var bookmark in State.BookmarkList)
        {
            if (bookmark.Kind == BookmarkKind.Message && bookmark.MessageName == name)
            {
                found = bookmark;
                break;
            }
        }

        if (found is null)
        {
            throw Refuse("engine.message-not-awaited", $"实例当前没有等待消息“{name}”的环节：该消息来得太早、太晚或名称有误。", null);
        }

        State.BookmarkList.Remove(found);
        Dispatch(found, values);
        Drain();
    }

    /// <summary>Routes a fired timer or an arrived message to what was waiting: a catch, a boundary, an event-subprocess start or an event gateway.</summary>
    private void Dispatch(Bookmark bookmark, IReadOnlyDictionary<string, FeelValue>? values)
    {
        var owner = OwnerOf(bookmark);
        var node = NodeById(bookmark.NodeId);
        if (values is not null)
        {
            SetVariables(null, values);
        }

        if (owner.Role == ElementRole.EventGateway)
        {
            ResolveEventGateway(owner, node);
        }
        else if (node.Kind == NodeKind.BoundaryEvent)
        {
            TriggerBoundary(node, owner, bookmark);
        }
        else if (node.Kind == NodeKind.StartEvent)
        {
            StartEventSubProcess(node, owner, bookmark);
        }
        else
        {
            CompleteElement(owner);
        }
    }

    private void TriggerBoundary(ExecutableNode boundary, ElementInstance activity, Bookmark? bookmark)
    {
        if (boundary.Interrupting)
        {
            Cancel(activity);
        }
        else if (bookmark is not null)
        {
            Rearm(boundary, activity, bookmark);
        }

        Trace(boundary, TraceKind.Activated);
        Trace(boundary, TraceKind.Completed);
        Leave(boundary, activity.ParentKey);
    }

    /// <summary>A non-interrupting timer cycle fires again (due from the previous due instant, so reminders do not drift); a message start listens again.</summary>
    private void Rearm(ExecutableNode node, ElementInstance owner, Bookmark fired)
    {
        if (fired.Kind == BookmarkKind.Message)
        {
            AddBookmark(BookmarkKind.Message, node, owner.Key, fired.MessageName);
            return;
        }

        if (fired.RemainingRepetitions == 0 || node.Timer is not { Kind: TimerKind.Cycle } timer)
        {
            return;
        }

        var due = Add(fired.DueAt!.Value, timer.Period!);
        var next = AddBookmark(BookmarkKind.Timer, node, owner.Key, dueAt: due, remaining: fired.RemainingRepetitions < 0 ? -1 : fired.RemainingRepetitions - 1);
        effects.Add(new TimerScheduled(next.Key, node.Id, due));
    }

    private void StartEventSubProcess(ExecutableNode start, ElementInstance scope, Bookmark? fired)
    {
        if (scope.Interrupted)
        {
            return;
        }

        if (start.Interrupting)
        {
            scope = Own(scope);
            CancelChildren(scope);
            CancelBookmarks(scope.Key);
            scope.Interrupted = true;
        }
        else if (fired is not null)
        {
            Rearm(start, scope, fired);
        }

        var subProcessNode = process.Nodes[start.Scope];
        var subProcess = NewElement(subProcessNode, scope.Key, ElementRole.Scope);
        Trace(subProcessNode, TraceKind.Activated);
        OpenScope(subProcessNode, subProcess);
        EnqueueStart(start, subProcess.Key);
    }

    /// <summary>Applies <see cref="ThrowError"/>: the service task's activity or the called process failed with a BPMN error.</summary>
    public void ThrowFromActivity(long bookmarkKey, string code, string? message)
    {
        var bookmark = State.FindBookmark(bookmarkKey);
        var kind = bookmark?.Kind == BookmarkKind.Call ? BookmarkKind.Call : BookmarkKind.Activity;
        bookmark = TakeBookmark(bookmarkKey, kind);
        ThrowErrorFrom(OwnerOf(bookmark), code, bookmark.NodeId, message);
        Drain();
    }

    /// <summary>
    /// Finds the innermost catcher of an error: walking outwards, a scope's error event subprocess, then the
    /// element's error boundary event. Nothing catches it: the instance fails with an incident.
    /// </summary>
    private void ThrowErrorFrom(ElementInstance thrower, string code, string elementId, string? message)
    {
        for (var element = thrower; element is not null; element = FindParent(element))
        {
            var node = NodeOf(element);
            if (element.Role == ElementRole.Scope && Catcher(node.EventSubProcessStarts, EventTrigger.Error, code) is { } start)
            {
                StartEventSubProcess(start, element, fired: null);
                return;
            }

            if (!IsInnerInstance(element) && Catcher(node.Boundaries, EventTrigger.Error, code) is { } boundary)
            {
                TriggerBoundary(boundary, element, bookmark: null);
                return;
            }
        }

        agenda.Clear();
        State.Status = InstanceStatus.Failed;
        State.Incident = new Incident(
            "engine.uncaught-error",
            $"{elementId} 抛出错误 {code}{(message is null ? string.Empty : "（" + message + "）")}，流程中没有捕获它的错误边界事件或事件子流程：请处理后由管理员修复实例。",
            elementId);
        effects.Add(new InstanceEnded(InstanceStatus.Failed));
    }

    /// <summary>Raises an escalation from a throw or end event; returns whether the throwing token goes on.</summary>
    private bool RaiseEscalation(ExecutableNode thrower, long scope)
    {
        for (var element = State.FindElement(scope); element is not null; element = FindParent(element))
        {
            var node = NodeOf(element);
            if (element.Role == ElementRole.Scope && Catcher(node.EventSubProcessStarts, EventTrigger.Escalation, thrower.Code) is { } start)
            {
                StartEventSubProcess(start, element, fired: null);
                return !start.Interrupting;
            }

            if (!IsInnerInstance(element) && Catcher(node.Boundaries, EventTrigger.Escalation, thrower.Code) is { } boundary)
            {
                TriggerBoundary(boundary, element, bookmark: null);
                return !boundary.Interrupting;
            }
        }

        effects.Add(new EscalationRaised(thrower.Code ?? string.Empty, thrower.Id));
        return true;
    }

    private ExecutableNode? Catcher(int[] candidates, EventTrigger trigger, string? code)
    {
        ExecutableNode? catchAll = null;
        foreach (var index in candidates)
        {
            var candidate = process.Nodes[index];
            if (candidate.Trigger != trigger)
            {
                continue;
            }

            if (candidate.Code is null)
            {
                catchAll ??= candidate;
            }
            else if (candidate.Code == code)
            {
                return candidate;
            }
        }

        return catchAll;
    }

    /// <summary>Boundary events of a multi-instance activity belong to its body, not to each instance.</summary>
    private bool IsInnerInstance(ElementInstance element) => FindParent(element) is { Role: ElementRole.MultiInstanceBody };

    /// <summary>Applies <see cref="CancelInstance"/>.</summary>
    public void CancelAll()
    {
        EndInstance(InstanceStatus.Terminated);
    }
}
