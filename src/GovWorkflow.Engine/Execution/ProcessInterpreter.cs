using NodaTime;

namespace GovWorkflow.Engine.Execution;

/// <summary>Runs instances of one compiled process: (state, stimulus, now) → (new state, effects).</summary>
/// <remarks>
/// Pure and deterministic: no clock (now is an argument), no I/O, no static mutable state. The given state
/// is never changed; a refused stimulus returns it as it was with the reason. Thread-safe: share one
/// interpreter per published process version.
/// </remarks>
public sealed class ProcessInterpreter
{
    private readonly ExecutableProcess process;
    private readonly EngineOptions options;

    /// <summary>Creates an interpreter for a compiled process.</summary>
    public ProcessInterpreter(ExecutableProcess process, EngineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(process);
        this.process = process;
        this.options = options ?? new EngineOptions();
    }

    /// <summary>The process this interpreter runs.</summary>
    public ExecutableProcess Process => process;

    /// <summary>Starts a new instance.</summary>
    public ExecutionResult Start(StartInstance start, Instant now)
    {
        ArgumentNullException.ThrowIfNull(start);
        var state = new InstanceState(start.InstanceId, process.Id, start.DefinitionVersion);
        return Run(state, state, now, step => step.Start(start));
    }

    /// <summary>Applies a stimulus to a running instance.</summary>
    /// <param name="state">The instance's current state; not changed.</param>
    /// <param name="stimulus">What happened.</param>
    /// <param name="now">The current instant, from the host's clock.</param>
    public ExecutionResult Execute(InstanceState state, Stimulus stimulus, Instant now)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(stimulus);
        if (stimulus is StartInstance start)
        {
            return Start(start, now);
        }

        if (state.ProcessId != process.Id)
        {
            return Refused(state, "engine.wrong-process", $"实例 {state.InstanceId} 属于流程 {state.ProcessId}，不能按流程 {process.Id} 执行。");
        }

        if (state.Status != InstanceStatus.Running)
        {
            return Refused(state, "engine.instance-ended", $"实例 {state.InstanceId} 已{StatusName(state.Status)}，不再接受办理。");
        }

        return Run(state, state.Clone(), now, step =>
        {
            switch (stimulus)
            {
                case CompleteTask task:
                    step.ResumeActivity(task.BookmarkKey, BookmarkKind.Task, task.Variables);
                    break;
                case CompleteActivity activity:
                    step.ResumeActivity(activity.BookmarkKey, BookmarkKind.Activity, activity.Variables);
                    break;
                case CompleteCall call:
                    step.ResumeActivity(call.BookmarkKey, BookmarkKind.Call, call.Variables);
                    break;
                case ThrowError error:
                    step.ThrowFromActivity(error.BookmarkKey, error.ErrorCode, error.Message);
                    break;
                case FireTimer timer:
                    step.FireTimer(timer.BookmarkKey);
                    break;
                case RescheduleTimer reschedule:
                    step.RescheduleTimer(reschedule.BookmarkKey, reschedule.DueAt);
                    break;
                case MoveToken move:
                    step.MoveToken(move.BookmarkKey, move.TargetNodeId, move.Variables);
                    break;
                case DeliverMessage message:
                    step.DeliverMessage(message.MessageName, message.Variables);
                    break;
                case CancelInstance:
                    step.CancelAll();
                    break;
                default:
                    throw new ArgumentException($"Unknown stimulus {stimulus.GetType().Name}.", nameof(stimulus));
            }
        });
    }

    /// <summary>The user tasks a <see cref="MoveToken"/> on this bookmark may send its token to (退回 and 撤回 choices), nearest first.</summary>
    /// <remarks>
    /// The rule of <see cref="MoveToken"/>, applied to the process graph only: the list starts with the activity itself
    /// when it is a user task (restarting the step is allowed) and does not say which tasks already ran; the caller
    /// intersects it with the instance's history. Empty when the bookmark cannot be moved at all (gone, not an
    /// activity's own wait, one instance of a multi-instance loop, the instance ended or from another process).
    /// </remarks>
    /// <param name="state">The instance's current state; not changed.</param>
    /// <param name="bookmarkKey">The waiting activity's own bookmark.</param>
    public IReadOnlyList<string> MoveTargets(InstanceState state, long bookmarkKey)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.ProcessId != process.Id || state.Status != InstanceStatus.Running)
        {
            return [];
        }

        try
        {
            var (_, source) = MoveRule.Source(process, state, bookmarkKey);
            return MoveRule.UserTaskTargets(process, source);
        }
        catch (RefusalException)
        {
            return [];
        }
    }

    private ExecutionResult Run(InstanceState original, InstanceState working, Instant now, Action<ExecutionStep> apply)
    {
        var step = new ExecutionStep(process, options, working, now);
        try
        {
            apply(step);
        }
        catch (RefusalException refused)
        {
            return new ExecutionResult(original, [], [], refused.Refusal);
        }

        working.Sequence++;
        return step.Result();
    }

    private static ExecutionResult Refused(InstanceState state, string code, string message) =>
        new(state, [], [], new ExecutionRefusal(code, message));

    private static string StatusName(InstanceStatus status) => status switch
    {
        InstanceStatus.Completed => "办结",
        InstanceStatus.Terminated => "终止",
        _ => "因错误中止",
    };
}
