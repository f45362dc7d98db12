using GovWorkflow.Engine.Expressions;

namespace GovWorkflow.Engine.Execution;

/// <summary>Activities: creating their wait states, and completing them when their stimulus arrives.</summary>
internal sealed partial class ExecutionStep
{
    /// <summary>Starts a new instance at the none start event or at the message start event of the stimulus.</summary>
    public void Start(StartInstance start)
    {
        var rootNode = process.Root;
        var root = NewElement(rootNode, 0, ElementRole.Scope);
        var processVariables = State.WritableVariables();
        foreach (var (name, value) in start.Variables)
        {
            processVariables[name] = value;
        }

        ExecutableNode? startEvent = null;
        foreach (var index in rootNode.StartEvents)
        {
            var candidate = process.Nodes[index];
            if (start.MessageName is null ? candidate.Trigger == EventTrigger.None : candidate.Trigger == EventTrigger.Message && candidate.MessageName == start.MessageName)
            {
                startEvent = candidate;
                break;
            }
        }

        if (startEvent is null)
        {
            throw start.MessageName is null
                ? Refuse("engine.start-event-missing", $"流程 {process.Id} 没有空启动事件，只能由消息启动：请指明启动消息。", process.Id)
                : Refuse("engine.start-event-missing", $"流程 {process.Id} 没有由消息“{start.MessageName}”触发的启动事件：请核对消息名称。", process.Id);
        }

        OpenScope(rootNode, root);
        EnqueueStart(startEvent, root.Key);
        Drain();
    }

    /// <summary>A token reaches an activity or catch event: create its element and whatever it waits for.</summary>
    private void Activate(ExecutableNode node, long scope, int loopCounter, FeelValue? item)
    {
        var element = NewElement(node, scope, node.Kind == NodeKind.SubProcess ? ElementRole.Scope : ElementRole.Activity);
        if (loopCounter > 0)
        {
            element.LoopCounter = loopCounter;
            element.Locals = new Dictionary<string, FeelValue>(2, StringComparer.Ordinal) { ["loopCounter"] = FeelValue.Number(loopCounter) };
            if (node.MultiInstance?.ElementVariable is { } name)
            {
                element.Locals[name] = item ?? FeelValue.Null;
            }
        }
        else
        {
            AttachBoundaries(node, element.Key);
        }

        Trace(node, TraceKind.Activated);
        switch (node.Kind)
        {
            case NodeKind.UserTask:
                OpenUserTask(node, element);
                break;
            case NodeKind.ServiceTask:
                var activity = AddBookmark(BookmarkKind.Activity, node, element.Key);
                effects.Add(new ActivityRequested(activity.Key, node.Id, node.ActivityType!, Visible(element)));
                break;
            case NodeKind.ReceiveTask:
                AddBookmark(BookmarkKind.Message, node, element.Key, node.MessageName);
                break;
            case NodeKind.IntermediateCatchEvent when node.Trigger == EventTrigger.Timer:
                ScheduleTimer(node, element, node.Timer!);
                break;
            case NodeKind.IntermediateCatchEvent:
                AddBookmark(BookmarkKind.Message, node, element.Key, node.MessageName);
                break;
            case NodeKind.CallActivity:
                var call = AddBookmark(BookmarkKind.Call, node, element.Key);
                effects.Add(new CallRequested(call.Key, node.Id, node.CalledElement!, MapInputs(node, element)));
                break;
            case NodeKind.SubProcess:
                OpenScope(node, element);
                foreach (var start in node.StartEvents)
                {
                    EnqueueStart(process.Nodes[start], element.Key);
                }

                break;
            default:
                // A plain task inside a multi-instance loop: nothing to wait for.
                CompleteElement(element);
                break;
        }
    }

    private void OpenUserTask(ExecutableNode node, ElementInstance element)
    {
        var assignment = node.Assignment;
        var assignees = Names(assignment.Assignee, element, node, "gov:assignee");
        var bookmark = AddBookmark(BookmarkKind.Task, node, element.Key);
        effects.Add(new TaskCreated(
            bookmark.Key,
            node.Id,
            node.Name,
            assignees.Length > 0 ? assignees[0] : null,
            Names(assignment.CandidateUsers, element, node, "gov:candidateUsers"),
            Names(assignment.CandidateGroups, element, node, "gov:candidateGroups"),
            Names(assignment.CandidateDepartments, element, node, "gov:candidateDepartments"),
            assignment.FormKey,
            element.LoopCounter));
    }

    /// <summary>Evaluates an assignment expression to names: a string, a list of strings, or null for none.</summary>
    private string[] Names(FeelExpression? expression, ElementInstance element, ExecutableNode node, string attribute)
    {
        if (expression is null)
        {
            return [];
        }

        var value = Evaluate(expression, element);
        switch (value.Kind)
        {
            case FeelValueKind.Null:
                return [];
            case FeelValueKind.String:
                return [value.AsString];
            case FeelValueKind.List:
                var names = new List<string>(value.AsList.Count);
                foreach (var entry in value.AsList)
                {
                    if (entry.Kind != FeelValueKind.String)
                    {
                        throw Refuse("engine.assignment-invalid", $"用户任务 {node.Id} 的 {attribute}（{expression.Text}）结果列表中含有非文本值 {entry}：请返回用户名或编码的文本列表。", node.Id);
                    }

                    names.Add(entry.AsString);
                }

                return [.. names];
            default:
                throw Refuse("engine.assignment-invalid", $"用户任务 {node.Id} 的 {attribute}（{expression.Text}）结果为 {value}，不是文本或文本列表：请检查表达式与流程变量。", node.Id);
        }
    }

    private Dictionary<string, FeelValue> MapInputs(ExecutableNode node, ElementInstance element)
    {
        // Without gov:in every visible variable goes to the called process (as in Zeebe).
        if (node.InputMappings.Count == 0)
        {
            return Visible(element);
        }

        var inputs = new Dictionary<string, FeelValue>(node.InputMappings.Count, StringComparer.Ordinal);
        foreach (var mapping in node.InputMappings)
        {
            inputs[mapping.Target] = Evaluate(mapping.Source, element);
        }

        return inputs;
    }

    private Dictionary<string, FeelValue> MapOutputs(ExecutableNode node, IReadOnlyDictionary<string, FeelValue> childVariables)
    {
        var result = new Dictionary<string, FeelValue>(StringComparer.Ordinal);
        if (node.OutputMappings.Count == 0)
        {
            foreach (var (name, value) in childVariables)
            {
                result[name] = value;
            }

            return result;
        }

        var child = new DictionaryVariables(childVariables);
        var context = new FeelEvaluationContext(child, localNow);
        foreach (var mapping in node.OutputMappings)
        {
            result[mapping.Target] = mapping.Source.Evaluate(context);
        }

        return result;
    }

    /// <summary>Applies a task, activity or call stimulus: set its variables, complete the element.</summary>
    public void ResumeActivity(long bookmarkKey, BookmarkKind expected, IReadOnlyDictionary<string, FeelValue> values)
    {
        var bookmark = TakeBookmark(bookmarkKey, expected);
        var element = OwnerOf(bookmark);
        var node = NodeOf(element);
        var outputs = expected == BookmarkKind.Call ? MapOutputs(node, values) : values;
        SetVariables(element, outputs);
        CompleteElement(element);
        Drain();
    }

    /// <summary>The activity finished: close its boundary events and move its token on (or report to its multi-instance body).</summary>
    private void CompleteElement(ElementInstance element)
    {
        var node = NodeOf(element);
        CancelBookmarks(element.Key);
        Trace(node, TraceKind.Completed);
        State.ElementList.Remove(element);
        var parent = FindParent(element);
        if (parent is { Role: ElementRole.MultiInstanceBody })
        {
            InnerInstanceCompleted(node, parent, element);
        }
        else
        {
            Leave(node, element.ParentKey);
        }
    }

    /// <summary>Removes and returns the bookmark a stimulus names, refusing a missing or mismatched one.</summary>
    private Bookmark TakeBookmark(long key, BookmarkKind expected)
    {
        var bookmark = State.FindBookmark(key)
            ?? throw Refuse("engine.bookmark-missing", $"等待点 {key} 不存在：该任务或事件可能已被他人处理、已超时或已被撤销，请刷新后重试。", null);
        if (bookmark.Kind != expected)
        {
            throw Refuse("engine.bookmark-kind", $"等待点 {key}（{bookmark.NodeId}）等待的是{KindName(bookmark.Kind)}，不是{KindName(expected)}。", bookmark.NodeId);
        }

        State.BookmarkList.Remove(bookmark);
        return bookmark;
    }

    private static string KindName(BookmarkKind kind) => kind switch
    {
        BookmarkKind.Task => "用户办理",
        BookmarkKind.Activity => "自动活动结果",
        BookmarkKind.Call => "子流程结束",
        BookmarkKind.Timer => "定时器",
        _ => "消息",
    };
}
