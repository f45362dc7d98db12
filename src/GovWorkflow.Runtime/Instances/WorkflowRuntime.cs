using System.Data.Common;
using System.Text;
using GovWorkflow.Engine.Activities;
using GovWorkflow.Engine.Execution;
using GovWorkflow.Engine.Expressions;
using GovWorkflow.Runtime.Definitions;
using GovWorkflow.Runtime.Persistence;
using GovWorkflow.Runtime.Timers;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace GovWorkflow.Runtime.Instances;

/// <summary>The durable runtime: every command advances instances inside one transaction, or changes nothing.</summary>
/// <remarks>
/// A command loads the instance, runs the engine on its state, and writes the new state, the mirrored bookmarks
/// and variables, the tasks, timers and jobs its effects ask for, and an audit line — then commits once. The writes
/// of a command go to the database as one batch of statements (<see cref="StepWriter"/>), so completing a task
/// costs a read, a write and a commit.
/// Concurrency is optimistic: the instance's sequence and the task's version are checked by conditional updates,
/// and a timer or job is claimed by one, so of two nodes or two people acting on the same thing exactly one wins
/// and the other gets <see cref="RuntimeOutcomeKind.Conflict"/> or <see cref="RuntimeOutcomeKind.AlreadyDone"/>.
/// Timer triggers are derived after commit; the rows are the truth.
/// </remarks>
public sealed partial class WorkflowRuntime(Func<RuntimeDbContext> contexts, DefinitionService definitions, ITimerScheduler timers, IClock clock)
{
    /// <summary>Starts an instance of the newest published version of a process.</summary>
    public async Task<RuntimeOutcome> StartAsync(string processId, IReadOnlyDictionary<string, FeelValue> variables, string actor, string instanceId, CancellationToken cancellationToken = default)
    {
        return await RunAsync(async (context, writer, now) =>
        {
            if (await context.Instances.AnyAsync(i => i.Id == instanceId, cancellationToken).ConfigureAwait(false))
            {
                return RuntimeOutcome.Refused("runtime.instance-exists", $"办件编号 {instanceId} 已存在：请使用新的编号。", instanceId);
            }

            return await StartInstanceAsync(context, writer, now, processId, instanceId, variables, actor, parent: null, cancellationToken).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Completes an open user task with its variables (a decision, a comment).</summary>
    /// <param name="taskId">The task.</param>
    /// <param name="variables">What the person decided.</param>
    /// <param name="actor">Who.</param>
    /// <param name="expectedVersion">The task version the person saw, or null; a different one is a conflict.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    public async Task<RuntimeOutcome> CompleteTaskAsync(long taskId, IReadOnlyDictionary<string, FeelValue> variables, string actor, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        return await RunAsync(async (context, writer, now) =>
        {
            if (await StepReader.TaskWithInstanceAsync(context, taskId, cancellationToken).ConfigureAwait(false) is not var (task, instance))
            {
                return RuntimeOutcome.NotFound("runtime.task-not-found", $"任务 {taskId} 不存在。");
            }

            if (task.Status != WorkStatus.Open)
            {
                return RuntimeOutcome.Refused("runtime.task-closed", $"任务 {taskId}（{task.Name}）已{(task.Status == WorkStatus.Done ? "由 " + task.ClosedBy + " 办结" : "撤销")}，不能再次办理。", task.InstanceId);
            }

            if (expectedVersion is { } expected && expected != task.Version)
            {
                return RuntimeOutcome.Conflict(task.InstanceId);
            }

            // Added signers (加签) sign first. Adding one moves the task's version, so a signer added after this read
            // makes the conditional completion below update no row. The names are read only to say who is awaited.
            if (task.HasOpenSigners)
            {
                var unsigned = await context.TaskSigners.AsNoTracking().Where(s => s.TaskId == taskId && s.Status == WorkStatus.Open)
                    .Select(s => s.Signer).ToListAsync(cancellationToken).ConfigureAwait(false);
                return RuntimeOutcome.Refused("task.signers-pending", $"任务“{task.Name ?? task.NodeId}”还在等待加签人员签署意见：{string.Join("、", unsigned)}。请待其签署，或撤回加签后再办理。", task.InstanceId);
            }

            // The claim is written with the step, conditional on the version read: if somebody else changed the task
            // since, it updates no row and nothing of this command is committed.
            writer.Track(instance);
            writer.CompleteTask(task, actor);

            var outcome = await AdvanceAsync(context, writer, now, task.InstanceId, new CompleteTask(task.BookmarkKey, variables), actor, "task.complete", $"{task.NodeId} #{taskId}", cancellationToken).ConfigureAwait(false);

            // The task row was open when read, but the instance no longer waits there: another node or person
            // completed or cancelled it in between. That is a lost race, not a broken request.
            return outcome.Code is "engine.bookmark-missing" or "engine.instance-ended"
                ? RuntimeOutcome.Conflict(task.InstanceId)
                : outcome;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Fires a timer; a timer already fired or cancelled does nothing, so a trigger that fires twice, or on two nodes, has one effect.</summary>
    public async Task<RuntimeOutcome> FireTimerAsync(long timerId, CancellationToken cancellationToken = default)
    {
        return await RunAsync(async (context, writer, now) =>
        {
            var timer = await context.Timers.AsNoTracking().SingleOrDefaultAsync(t => t.Id == timerId, cancellationToken).ConfigureAwait(false);
            if (timer is null)
            {
                return RuntimeOutcome.NotFound("runtime.timer-not-found", $"定时器 {timerId} 不存在。");
            }

            if (timer.Status != WorkStatus.Open)
            {
                return new RuntimeOutcome(RuntimeOutcomeKind.AlreadyDone, InstanceId: timer.InstanceId);
            }

            if (timer.DueAt > now)
            {
                return RuntimeOutcome.Refused("runtime.timer-not-due", $"定时器 {timerId} 到期时间为 {timer.DueAt}，尚未到期。", timer.InstanceId);
            }

            var claimed = await context.Timers.Where(t => t.Id == timerId && t.Status == WorkStatus.Open)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, WorkStatus.Done).SetProperty(t => t.ClosedAt, now), cancellationToken)
                .ConfigureAwait(false);
            if (claimed == 0)
            {
                return new RuntimeOutcome(RuntimeOutcomeKind.AlreadyDone, InstanceId: timer.InstanceId);
            }

            var outcome = await AdvanceAsync(context, writer, now, timer.InstanceId, new FireTimer(timer.BookmarkKey), "system", "timer.fire", $"{timer.NodeId} #{timer.Id}", cancellationToken).ConfigureAwait(false);

            // The wait it served is gone (the task completed, the instance ended): the timer is spent, not retried forever.
            return outcome.Code is "engine.bookmark-missing" or "engine.instance-ended"
                ? new RuntimeOutcome(RuntimeOutcomeKind.AlreadyDone, InstanceId: timer.InstanceId)
                : outcome;
        }, cancellationToken, keepOnRefusal: static o => o.Kind == RuntimeOutcomeKind.AlreadyDone).ConfigureAwait(false);
    }

    /// <summary>Delivers a message to an instance.</summary>
    public async Task<RuntimeOutcome> DeliverMessageAsync(string instanceId, string messageName, IReadOnlyDictionary<string, FeelValue> variables, string actor, CancellationToken cancellationToken = default) =>
        await RunAsync(
            (context, writer, now) => AdvanceAsync(context, writer, now, instanceId, new DeliverMessage(messageName, variables), actor, "message.deliver", messageName, cancellationToken),
            cancellationToken).ConfigureAwait(false);

    /// <summary>Reports a service task's activity as done: its outputs are set, then its timer moves are applied, all in one transaction.</summary>
    /// <remarks>
    /// A move whose timer is gone by then (it fired, its task ended, the outputs ended the wait it served) is skipped
    /// with an audit line: the handler saw an older state, and the activity still completes.
    /// </remarks>
    public async Task<RuntimeOutcome> CompleteActivityAsync(long jobId, ActivityResult result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        return await FinishJobAsync(jobId, job => new CompleteActivity(job.BookmarkKey, result.Variables), "activity.complete", result.TimerMoves, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reports a service task's activity as failed with a BPMN error, for boundary events to catch.</summary>
    public Task<RuntimeOutcome> FailActivityAsync(long jobId, string errorCode, string? message, CancellationToken cancellationToken = default) =>
        FinishJobAsync(jobId, job => new ThrowError(job.BookmarkKey, errorCode, message), "activity.error", [], cancellationToken);

    /// <summary>Moves an open timer of an instance to a new due instant (a deadline extended, suspended or brought forward).</summary>
    /// <remarks>
    /// The timer gets a new bookmark key and a new row: the old row is cancelled and its trigger dropped, the new one
    /// is triggered after commit. Open tasks whose deadline the timer sets (an interrupting boundary timer) take the
    /// new due and warning instants. A timer that is gone is refused with <c>engine.bookmark-missing</c>.
    /// </remarks>
    /// <param name="instanceId">The instance.</param>
    /// <param name="bookmarkKey">The timer's bookmark key (<see cref="TimerRecord.BookmarkKey"/>).</param>
    /// <param name="dueAt">The new due instant.</param>
    /// <param name="actor">Who.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    public async Task<RuntimeOutcome> RescheduleTimerAsync(string instanceId, long bookmarkKey, Instant dueAt, string actor, CancellationToken cancellationToken = default) =>
        await RunAsync(
            (context, writer, now) => RescheduleAsync(context, writer, now, instanceId, new TimerMove(bookmarkKey, dueAt), actor, cancellationToken),
            cancellationToken).ConfigureAwait(false);

    /// <summary>Withdraws or revokes an instance: every task, timer and job is cancelled.</summary>
    public async Task<RuntimeOutcome> CancelInstanceAsync(string instanceId, string reason, string actor, CancellationToken cancellationToken = default) =>
        await RunAsync(
            (context, writer, now) => AdvanceAsync(context, writer, now, instanceId, new CancelInstance(reason), actor, "instance.cancel", reason, cancellationToken),
            cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// At start: fires every open timer already due, oldest first (each once), then derives a trigger for every other
    /// open timer. Returns how many fired and how many were scheduled.
    /// </summary>
    public async Task<(int Fired, int Scheduled)> RecoverTimersAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetCurrentInstant();
        List<(long Id, Instant DueAt)> open;
        await using (var context = contexts())
        {
            open = [.. (await context.Timers.AsNoTracking().Where(t => t.Status == WorkStatus.Open).OrderBy(t => t.DueAt).ThenBy(t => t.Id)
                .Select(t => new { t.Id, t.DueAt }).ToListAsync(cancellationToken).ConfigureAwait(false)).Select(t => (t.Id, t.DueAt))];
        }

        var fired = 0;
        var scheduled = 0;
        foreach (var (id, dueAt) in open)
        {
            if (dueAt <= now)
            {
                await FireTimerAsync(id, cancellationToken).ConfigureAwait(false);
                fired++;
            }
            else
            {
                await timers.ScheduleAsync(id, dueAt, cancellationToken).ConfigureAwait(false);
                scheduled++;
            }
        }

        return (fired, scheduled);
    }

    private async Task<RuntimeOutcome> FinishJobAsync(long jobId, Func<ActivityJobRecord, Stimulus> stimulus, string action, IReadOnlyList<TimerMove> moves, CancellationToken cancellationToken)
    {
        return await RunAsync(async (context, writer, now) =>
        {
            var job = await context.ActivityJobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == jobId, cancellationToken).ConfigureAwait(false);
            if (job is null)
            {
                return RuntimeOutcome.NotFound("runtime.job-not-found", $"自动活动 {jobId} 不存在。");
            }

            var claimed = await context.ActivityJobs.Where(j => j.Id == jobId && j.Status == WorkStatus.Open)
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, WorkStatus.Done).SetProperty(j => j.ClosedAt, now), cancellationToken)
                .ConfigureAwait(false);
            if (claimed == 0)
            {
                return new RuntimeOutcome(RuntimeOutcomeKind.AlreadyDone, InstanceId: job.InstanceId);
            }

            var outcome = await AdvanceAsync(context, writer, now, job.InstanceId, stimulus(job), "system", action, $"{job.ActivityType} #{jobId}", cancellationToken).ConfigureAwait(false);
            if (!outcome.Succeeded)
            {
                return outcome;
            }

            foreach (var move in moves)
            {
                var moved = await RescheduleAsync(context, writer, now, job.InstanceId, move, "system", cancellationToken).ConfigureAwait(false);
                if (moved.Code is "engine.bookmark-missing" or "engine.instance-ended")
                {
                    writer.Audit(job.InstanceId, "system", "timer.reschedule", $"#{move.BookmarkKey} → {move.DueAt} skipped ({moved.Code}), asked by {job.ActivityType} #{jobId}");
                }
                else if (!moved.Succeeded)
                {
                    return moved;
                }
            }

            return outcome;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Applies one <see cref="RescheduleTimer"/>; the tasks whose deadline the timer sets follow it.</summary>
    private async Task<RuntimeOutcome> RescheduleAsync(RuntimeDbContext context, StepWriter writer, Instant now, string instanceId, TimerMove move, string actor, CancellationToken cancellationToken)
    {
        if (await LoadAsync(context, writer, instanceId, cancellationToken).ConfigureAwait(false) is not var (record, before, interpreter))
        {
            return RuntimeOutcome.NotFound("runtime.instance-not-found", $"办件 {instanceId} 不存在。");
        }

        if (record.SuspendedAt is not null)
        {
            return RuntimeOutcome.Suspended(record);
        }

        var result = interpreter.Execute(before, new RescheduleTimer(move.BookmarkKey, move.DueAt), now);
        if (result.Refusal is { } refusal)
        {
            return RuntimeOutcome.Refused(refusal.Code, refusal.Message, instanceId);
        }

        var old = before.FindBookmark(move.BookmarkKey)!;
        var scheduled = result.Effects.OfType<TimerScheduled>().Single();
        var detail = $"{old.NodeId} #{old.Key} {old.DueAt} → #{scheduled.BookmarkKey} {scheduled.DueAt}";
        writer.Write(record, before, result, interpreter.Process, actor, "timer.reschedule", detail);

        // Task rows carry their deadline as columns (the inbox's overdue and warning queries read them).
        await writer.RetimeTasksAsync(record.Id, interpreter.Process, result.State, scheduled.BookmarkKey, cancellationToken).ConfigureAwait(false);
        return RuntimeOutcome.Ok(instanceId);
    }

    private delegate Task<RuntimeOutcome> Command(RuntimeDbContext context, StepWriter writer, Instant now);

    /// <summary>Runs a command in one transaction with its follow-ups (called processes, their ends); commits only if it succeeded.</summary>
    private async Task<RuntimeOutcome> RunAsync(Command command, CancellationToken cancellationToken, Func<RuntimeOutcome, bool>? keepOnRefusal = null)
    {
        var now = clock.GetCurrentInstant();
        var changes = new StepChanges();
        await using var context = contexts();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var writer = new StepWriter(context, changes, now);
        try
        {
            var outcome = await command(context, writer, now).ConfigureAwait(false);
            if (outcome.Succeeded)
            {
                outcome = await FollowUpAsync(context, writer, now, cancellationToken).ConfigureAwait(false) ?? outcome;
            }

            if (!outcome.Succeeded && keepOnRefusal?.Invoke(outcome) != true)
            {
                await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                return outcome;
            }

            if (await writer.FlushAsync(cancellationToken).ConfigureAwait(false) is { } conflict)
            {
                await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
                return conflict;
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            await DeriveTriggersAsync(changes, cancellationToken).ConfigureAwait(false);
            return outcome;
        }
        catch (DbException e) when (IsUniqueViolation(e))
        {
            // Two transactions wrote the same step (the same task, job or timer row of one wait): the other committed first.
            await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
            return RuntimeOutcome.Conflict(writer.FirstInstanceId);
        }
    }

    private static bool IsUniqueViolation(DbException exception) => exception switch
    {
        Npgsql.PostgresException postgres => postgres.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation,
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteErrorCode == 19,
        _ => false,
    };

    /// <summary>Starts called processes and applies what ended ones report to their callers, until nothing is left; a refusal refuses the whole command.</summary>
    private async Task<RuntimeOutcome?> FollowUpAsync(RuntimeDbContext context, StepWriter writer, Instant now, CancellationToken cancellationToken)
    {
        while (writer.Calls.Count > 0 || writer.FollowUps.Count > 0)
        {
            if (writer.Calls.TryDequeue(out var call))
            {
                var childId = StepWriter.CallInstanceId(call.Parent.Id, call.Call.BookmarkKey);
                var parent = (call.Parent.Id, call.Call.BookmarkKey);
                var started = await StartInstanceAsync(context, writer, now, call.Call.CalledElement, childId, call.Call.Variables, "system", parent, cancellationToken).ConfigureAwait(false);
                if (!started.Succeeded)
                {
                    return started;
                }

                continue;
            }

            var (instanceId, stimulus) = writer.FollowUps.Dequeue();
            var outcome = await AdvanceAsync(context, writer, now, instanceId, stimulus, "system", stimulus is CancelInstance ? "instance.cancel" : "call.return", null, cancellationToken).ConfigureAwait(false);
            if (!outcome.Succeeded && outcome.Code != "engine.instance-ended")
            {
                return outcome;
            }
        }

        return null;
    }

    private async Task<RuntimeOutcome> StartInstanceAsync(
        RuntimeDbContext context, StepWriter writer, Instant now, string processId, string instanceId, IReadOnlyDictionary<string, FeelValue> variables, string actor, (string Id, long BookmarkKey)? parent, CancellationToken cancellationToken)
    {
        var definition = await DefinitionService.LatestPublishedAsync(context, processId, cancellationToken).ConfigureAwait(false);
        if (definition is null)
        {
            return RuntimeOutcome.NotFound("runtime.process-not-published", $"流程 {processId} 没有已发布的版本：请先发布流程定义。");
        }

        var interpreter = await definitions.InterpreterAsync(context, processId, definition.Version, cancellationToken).ConfigureAwait(false);
        var result = interpreter.Start(new StartInstance(instanceId, definition.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), variables), now);
        if (result.Refusal is { } refusal)
        {
            return RuntimeOutcome.Refused(refusal.Code, refusal.Message, instanceId);
        }

        var record = new InstanceRecord
        {
            Id = instanceId,
            ProcessId = processId,
            DefinitionVersion = definition.Version,
            State = string.Empty,
            ParentInstanceId = parent?.Id,
            ParentBookmarkKey = parent?.BookmarkKey,
            CreatedAt = now,
        };
        writer.Write(record, before: null, result, interpreter.Process, actor, "instance.start", $"{processId} v{definition.Version}");
        return RuntimeOutcome.Ok(instanceId);
    }

    private async Task<RuntimeOutcome> AdvanceAsync(
        RuntimeDbContext context, StepWriter writer, Instant now, string instanceId, Stimulus stimulus, string actor, string action, string? detail, CancellationToken cancellationToken)
    {
        if (await LoadAsync(context, writer, instanceId, cancellationToken).ConfigureAwait(false) is not var (record, before, interpreter))
        {
            return RuntimeOutcome.NotFound("runtime.instance-not-found", $"办件 {instanceId} 不存在。");
        }

        // Only a cancellation (a withdrawn or revoked case) goes through while the instance is suspended.
        if (record.SuspendedAt is not null && stimulus is not CancelInstance)
        {
            return RuntimeOutcome.Suspended(record);
        }

        var result = interpreter.Execute(before, stimulus, now);
        if (result.Refusal is { } refusal)
        {
            return RuntimeOutcome.Refused(refusal.Code, refusal.Message, instanceId);
        }

        writer.Write(record, before, result, interpreter.Process, actor, action, detail);
        return RuntimeOutcome.Ok(instanceId);
    }

    /// <summary>The instance as this command last left it (or as read now), its state and its version's interpreter; null when it does not exist.</summary>
    private async Task<(InstanceRecord Record, InstanceState State, ProcessInterpreter Interpreter)?> LoadAsync(RuntimeDbContext context, StepWriter writer, string instanceId, CancellationToken cancellationToken)
    {
        var record = writer.Instance(instanceId);
        if (record is null)
        {
            record = await StepReader.InstanceAsync(context, instanceId, cancellationToken).ConfigureAwait(false);
            if (record is null)
            {
                return null;
            }

            writer.Track(record);
        }

        var state = InstanceStateJson.Deserialize(Encoding.UTF8.GetBytes(record.State));
        var interpreter = await definitions.InterpreterAsync(context, record.ProcessId, record.DefinitionVersion, cancellationToken).ConfigureAwait(false);
        return (record, state, interpreter);
    }

    private async Task DeriveTriggersAsync(StepChanges changes, CancellationToken cancellationToken)
    {
        // After commit: a crash here loses only triggers, which RecoverTimersAsync re-creates from the rows at start.
        // A timer created and cancelled by the same command never had a trigger.
        var scheduled = changes.ScheduledTimers.Where(t => !changes.CancelledTimerIds.Contains(t.Id)).ToList();
        var cancelled = changes.CancelledTimerIds.Where(id => !changes.ScheduledTimers.Exists(t => t.Id == id)).ToList();
        if (scheduled.Count > 0 || cancelled.Count > 0)
        {
            await timers.ApplyAsync(scheduled, cancelled, cancellationToken).ConfigureAwait(false);
        }
    }
}
