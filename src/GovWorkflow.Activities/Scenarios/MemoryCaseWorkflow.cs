using GovWorkflow.Engine.Activities;
using GovWorkflow.Engine.Execution;
using GovWorkflow.Engine.Expressions;
using GovWorkflow.Runtime.Instances;
using NodaTime;

namespace GovWorkflow.Activities.Scenarios;

/// <summary>
/// Cases on the engine in memory, for simulations of thousands of runs: the same interpreter, the same activity
/// handlers and the same clock rules as the durable runtime, without a database. Nothing survives the process.
/// </summary>
/// <remarks>Call activities are not simulated (no 一件事 chain uses one); a workflow that calls one is refused.</remarks>
public sealed class MemoryCaseWorkflow(IReadOnlyDictionary<string, ProcessInterpreter> interpreters, IEnumerable<IActivityHandler> handlers, IClock clock) : ICaseWorkflow
{
    private readonly Dictionary<string, IActivityHandler> handlers = handlers.ToDictionary(h => h.ActivityType, StringComparer.Ordinal);
    private readonly Dictionary<string, Instance> instances = new(StringComparer.Ordinal);
    private readonly Queue<(string CaseId, long JobId, ActivityRequested Request)> jobs = new();
    private long nextJob;

    /// <inheritdoc />
    public Task<RuntimeOutcome> StartAsync(string processId, string caseId, IReadOnlyDictionary<string, FeelValue> variables, string actor, CancellationToken cancellationToken)
    {
        if (!interpreters.TryGetValue(processId, out var interpreter))
        {
            return Task.FromResult(RuntimeOutcome.NotFound("runtime.process-not-published", $"流程 {processId} 未加载。"));
        }

        if (instances.ContainsKey(caseId))
        {
            return Task.FromResult(RuntimeOutcome.Refused("runtime.instance-exists", $"办件编号 {caseId} 已存在：请使用新的编号。", caseId));
        }

        var instance = new Instance(interpreter);
        instances[caseId] = instance;
        var result = interpreter.Start(new StartInstance(caseId, "1", variables), clock.GetCurrentInstant());
        return Task.FromResult(Apply(caseId, instance, result));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<CaseTask>> OpenTasksAsync(string caseId, CancellationToken cancellationToken)
    {
        IReadOnlyList<CaseTask> open = instances.TryGetValue(caseId, out var instance)
            ? [.. instance.Tasks.Values.Select(t => new CaseTask(t.BookmarkKey, caseId, t.NodeId, t.Name, [.. t.CandidateUsers.Concat(t.Assignee is null ? [] : [t.Assignee])], t.CandidateGroups, t.CandidateDepartments, 0, t.FormKey, t.Assignee))]
            : [];
        return Task.FromResult(open);
    }

    /// <inheritdoc />
    public Task<RuntimeOutcome> CompleteTaskAsync(CaseTask task, IReadOnlyDictionary<string, FeelValue> variables, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(task);
        return Task.FromResult(Execute(task.CaseId, new CompleteTask(task.Id, variables)));
    }

    /// <inheritdoc />
    public Task<RuntimeOutcome> DeliverMessageAsync(string caseId, string messageName, IReadOnlyDictionary<string, FeelValue> variables, string actor, CancellationToken cancellationToken) =>
        Task.FromResult(Execute(caseId, new DeliverMessage(messageName, variables)));

    /// <inheritdoc />
    public Task<Instant?> NextTimerAsync(CancellationToken cancellationToken) =>
        Task.FromResult(instances.Values.SelectMany(i => i.State?.Bookmarks ?? []).Where(b => b.Kind == BookmarkKind.Timer).Min(b => b.DueAt));

    /// <inheritdoc />
    public Task<int> FireDueTimersAsync(CancellationToken cancellationToken)
    {
        var fired = 0;
        var now = clock.GetCurrentInstant();
        while (instances
            .SelectMany(i => (i.Value.State?.Bookmarks ?? []).Where(b => b.Kind == BookmarkKind.Timer && b.DueAt <= now).Select(b => (CaseId: i.Key, Bookmark: b)))
            .OrderBy(t => t.Bookmark.DueAt).ThenBy(t => t.Bookmark.Key)
            .FirstOrDefault() is { CaseId: not null } next)
        {
            var outcome = Execute(next.CaseId, new FireTimer(next.Bookmark.Key));
            if (!outcome.Succeeded)
            {
                // The timer stays due and would be fired again for ever: the workflow cannot go on from it.
                throw new ScenarioException(new Domain.Errors.DomainError(
                    "scenario.timer-refused", $"办件 {next.CaseId} 的定时器 {next.Bookmark.NodeId} 到期后无法继续：{outcome.Message}（{outcome.Code}）。", "A due timer was refused."));
            }

            fired++;
        }

        return Task.FromResult(fired);
    }

    /// <inheritdoc />
    /// <remarks>In memory there is one caller at a time: the case's jobs run with any others queued.</remarks>
    public Task<int> RunJobsAsync(string caseId, CancellationToken cancellationToken) => RunJobsAsync(cancellationToken);

    /// <inheritdoc />
    public async Task<int> RunJobsAsync(CancellationToken cancellationToken)
    {
        var ran = 0;
        while (jobs.TryDequeue(out var job))
        {
            var instance = instances[job.CaseId];
            if (instance.State is not { } state || state.FindBookmark(job.Request.BookmarkKey) is null)
            {
                continue;
            }

            var process = instance.Interpreter.Process;
            process.TryGetNode(job.Request.NodeId, out var node);
            var request = new ActivityRequest(job.JobId, job.CaseId, job.Request.NodeId, job.Request.ActivityType, state.Variables, node!.Properties, OpenTimer.Of(process, state), clock.GetCurrentInstant());
            if (!handlers.TryGetValue(job.Request.ActivityType, out var handler))
            {
                throw new InvalidOperationException($"没有处理 {job.Request.ActivityType} 的自动活动。");
            }

            try
            {
                var result = await handler.RunAsync(request, cancellationToken).ConfigureAwait(false);
                var completed = Execute(job.CaseId, new CompleteActivity(job.Request.BookmarkKey, result.Variables));
                if (!completed.Succeeded)
                {
                    // As the durable worker ends it after its retries: the result cannot be applied, the activity fails.
                    Execute(job.CaseId, new ThrowError(job.Request.BookmarkKey, "ACTIVITY_FAILED", $"{job.Request.ActivityType} 的结果被拒绝（{completed.Code}）：{completed.Message}"));
                }
                else
                {
                    foreach (var move in result.TimerMoves)
                    {
                        // A timer that fired in the meantime has nothing left to move.
                        Execute(job.CaseId, new RescheduleTimer(move.BookmarkKey, move.DueAt));
                    }
                }
            }
            catch (BpmnErrorException error)
            {
                Execute(job.CaseId, new ThrowError(job.Request.BookmarkKey, error.ErrorCode, error.Message));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A simulation does not wait to retry: a failing handler fails its activity at once, as after the last retry.
                Execute(job.CaseId, new ThrowError(job.Request.BookmarkKey, "ACTIVITY_FAILED", $"{job.Request.ActivityType} 失败：{ex.Message}"));
            }

            ran++;
        }

        return ran;
    }

    /// <inheritdoc />
    public Task<CaseProgress> ProgressAsync(string caseId, CancellationToken cancellationToken)
    {
        var instance = instances[caseId];
        var state = instance.State!;
        return Task.FromResult(new CaseProgress(state.Status, [.. state.Bookmarks.Select(b => b.NodeId).Order(StringComparer.Ordinal)], instance.Escalations));
    }

    private RuntimeOutcome Execute(string caseId, Stimulus stimulus)
    {
        if (!instances.TryGetValue(caseId, out var instance) || instance.State is not { } state)
        {
            return RuntimeOutcome.NotFound("runtime.instance-not-found", $"办件 {caseId} 不存在。");
        }

        return Apply(caseId, instance, instance.Interpreter.Execute(state, stimulus, clock.GetCurrentInstant()));
    }

    private RuntimeOutcome Apply(string caseId, Instance instance, ExecutionResult result)
    {
        if (result.Refusal is { } refusal)
        {
            return RuntimeOutcome.Refused(refusal.Code, refusal.Message, caseId);
        }

        instance.State = result.State;
        foreach (var effect in result.Effects)
        {
            switch (effect)
            {
                case TaskCreated task:
                    instance.Tasks[task.BookmarkKey] = task;
                    break;
                case BookmarkCancelled { Kind: BookmarkKind.Task } cancelled:
                    instance.Tasks.Remove(cancelled.BookmarkKey);
                    break;
                case ActivityRequested activity:
                    jobs.Enqueue((caseId, ++nextJob, activity));
                    break;
                case EscalationRaised:
                    instance.Escalations++;
                    break;
                case CallRequested call:
                    throw new NotSupportedException($"模拟不支持调用子流程（{call.CalledElement}）。");
            }
        }

        // A completed task's bookmark is gone from the state; drop it from the open list.
        foreach (var key in instance.Tasks.Keys.Where(k => result.State.FindBookmark(k) is null).ToList())
        {
            instance.Tasks.Remove(key);
        }

        return RuntimeOutcome.Ok(caseId);
    }

    private sealed class Instance(ProcessInterpreter interpreter)
    {
        public ProcessInterpreter Interpreter { get; } = interpreter;

        public InstanceState? State { get; set; }

        public Dictionary<long, TaskCreated> Tasks { get; } = [];

        public int Escalations { get; set; }
    }
}
