using System.Text;
using GovWorkflow.Engine.Execution;
using GovWorkflow.Engine.Expressions;
using GovWorkflow.Runtime.Persistence;
using GovWorkflow.Runtime.Tasks;
using Microsoft.EntityFrameworkCore;

namespace GovWorkflow.Runtime.Instances;

/// <summary>退回 and 撤回: an open task's token goes back to an earlier user task (the engine's <see cref="MoveToken"/>).</summary>
/// <remarks>
/// Which steps qualify is the engine's rule (<see cref="ProcessInterpreter.MoveTargets"/>: upstream in the same scope,
/// no parallel split or join between) narrowed to steps that already ran in the instance. The reopened task goes to
/// whoever completed that step last (send back) or to the person withdrawing. The moved task must still be open at
/// the version read, so a claim or transfer racing the move makes it a conflict; its open signature requests are
/// withdrawn with it.
/// </remarks>
public sealed partial class WorkflowRuntime
{
    /// <summary>The steps an open task may be sent back to, nearest first; empty when it cannot be sent back.</summary>
    public async Task<IReadOnlyList<MoveTarget>> SendBackTargetsAsync(long taskId, CancellationToken cancellationToken = default)
    {
        await using var context = contexts();
        var task = await context.Tasks.AsNoTracking().SingleOrDefaultAsync(t => t.Id == taskId, cancellationToken).ConfigureAwait(false);
        if (task is null || task.Status != WorkStatus.Open)
        {
            return [];
        }

        var upstream = (await MoveTargetsOfAsync(context, task.InstanceId, cancellationToken).ConfigureAwait(false))(task.BookmarkKey);
        var ran = await context.Tasks.AsNoTracking()
            .Where(t => t.InstanceId == task.InstanceId && t.Status == WorkStatus.Done && upstream.Contains(t.NodeId) && t.NodeId != task.NodeId)
            .OrderByDescending(t => t.Id)
            .Select(t => new { t.NodeId, t.Name, t.ClosedBy, t.ClosedAt })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. upstream
            .Select(node => ran.Find(t => t.NodeId == node))
            .Where(t => t is { ClosedBy: not null, ClosedAt: not null })
            .Select(t => new MoveTarget(t!.NodeId, t.Name, t.ClosedBy!, t.ClosedAt!.Value))];
    }

    /// <summary>退回: sends an open task back to <paramref name="targetNodeId"/>, which reopens for whoever completed it last; they are told.</summary>
    public async Task<RuntimeOutcome> SendBackAsync(long taskId, string targetNodeId, string actor, string? comment, long? expectedVersion, CancellationToken cancellationToken = default)
    {
        return await RunAsync(async (context, writer, now) =>
        {
            if (await StepReader.TaskWithInstanceAsync(context, taskId, cancellationToken).ConfigureAwait(false) is not var (task, instance))
            {
                return RuntimeOutcome.NotFound("runtime.task-not-found", $"任务 {taskId} 不存在。");
            }

            if (task.Status != WorkStatus.Open)
            {
                return RuntimeOutcome.Refused("runtime.task-closed", $"任务“{task.Name ?? task.NodeId}”已办结或撤销，不能退回。", task.InstanceId);
            }

            if (expectedVersion is { } expected && expected != task.Version)
            {
                return RuntimeOutcome.Conflict(task.InstanceId);
            }

            var previous = await context.Tasks.AsNoTracking()
                .Where(t => t.InstanceId == task.InstanceId && t.NodeId == targetNodeId && t.Status == WorkStatus.Done)
                .OrderByDescending(t => t.Id).Select(t => new { t.ClosedBy, t.Name }).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            if (previous?.ClosedBy is null || targetNodeId == task.NodeId)
            {
                return RuntimeOutcome.Refused("task.send-back-target-invalid", $"本办件尚未办理过环节 {targetNodeId}，或它就是当前环节，不能退回到该处：请从可退回的环节中选择。", task.InstanceId);
            }

            var variables = new Dictionary<string, FeelValue>(StringComparer.Ordinal) { ["sentBackFrom"] = FeelValue.String(task.NodeId) };
            if (comment is not null)
            {
                variables["sendBackReason"] = FeelValue.String(comment);
            }

            var outcome = await MoveAsync(context, writer, now, task, instance, new MoveToken(task.BookmarkKey, targetNodeId, variables), actor, "task.send-back", comment, cancellationToken).ConfigureAwait(false);
            if (outcome.Succeeded)
            {
                writer.AssignOpened(task.InstanceId, targetNodeId, previous.ClosedBy);
                writer.Notify(task.InstanceId, "task.sent-back", new TaskNotice(task.Id, task.NodeId, task.Name, actor, comment, new Recipients([previous.ClosedBy], [], [])).ToJson());
            }

            return outcome;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// 撤回: the person who completed <paramref name="doneTaskId"/> takes it back while the step after it is still
    /// untouched (unclaimed, or only assigned by the process); the task reopens for them.
    /// </summary>
    public async Task<RuntimeOutcome> WithdrawAsync(long doneTaskId, string actor, string? comment, CancellationToken cancellationToken = default)
    {
        return await RunAsync(async (context, writer, now) =>
        {
            var done = await context.Tasks.AsNoTracking().SingleOrDefaultAsync(t => t.Id == doneTaskId, cancellationToken).ConfigureAwait(false);
            if (done is null)
            {
                return RuntimeOutcome.NotFound("runtime.task-not-found", $"任务 {doneTaskId} 不存在。");
            }

            // One refusal for an open task and for somebody else's: an outsider learns nothing of the task's state.
            if (done.Status != WorkStatus.Done || done.ClosedBy != actor || done.ClosedAt is not { } closedAt)
            {
                return RuntimeOutcome.Refused("task.not-yours", $"只有办结人可以撤回自己已办结的任务；{actor} 没有办结过任务“{done.Name ?? done.NodeId}”。", done.InstanceId);
            }

            var (next, upstream) = await NextStepAsync(context, done, closedAt, cancellationToken).ConfigureAwait(false);
            var laterDone = next is not null && await context.Tasks.AsNoTracking().AnyAsync(
                t => t.InstanceId == done.InstanceId && t.Status == WorkStatus.Done && t.Id != done.Id && t.ClosedAt >= closedAt && upstream.Contains(t.NodeId),
                cancellationToken).ConfigureAwait(false);
            if (next is null || laterDone)
            {
                return RuntimeOutcome.Refused("task.withdraw-too-late", $"“{done.Name ?? done.NodeId}”之后的环节已经办理或流程已进入其他环节，不能撤回：如需更正，请联系当前环节的办理人退回。", done.InstanceId);
            }

            if (next.Assignee is not null && next.Version > 0)
            {
                return RuntimeOutcome.Refused("task.withdraw-too-late", $"下一环节“{next.Name ?? next.NodeId}”已由 {next.Assignee} 签收办理，不能撤回：请联系其退回。", done.InstanceId);
            }

            if (await StepReader.TaskWithInstanceAsync(context, next.Id, cancellationToken).ConfigureAwait(false) is not var (row, instance))
            {
                return RuntimeOutcome.Conflict(done.InstanceId);
            }

            var variables = new Dictionary<string, FeelValue>(StringComparer.Ordinal) { ["withdrawnFrom"] = FeelValue.String(next.NodeId) };
            var outcome = await MoveAsync(context, writer, now, row, instance, new MoveToken(next.BookmarkKey, done.NodeId, variables), actor, "task.withdraw", comment, cancellationToken).ConfigureAwait(false);
            if (outcome.Succeeded)
            {
                writer.AssignOpened(done.InstanceId, done.NodeId, actor);
            }

            return outcome;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The step after a completed task: a task of the same instance opened since, from which the engine could move back to it.</summary>
    private async Task<(TaskRecord? Next, IReadOnlyList<string> Upstream)> NextStepAsync(RuntimeDbContext context, TaskRecord done, NodaTime.Instant closedAt, CancellationToken cancellationToken)
    {
        var opened = await context.Tasks.AsNoTracking()
            .Where(t => t.InstanceId == done.InstanceId && t.Status == WorkStatus.Open && t.CreatedAt >= closedAt)
            .OrderBy(t => t.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var targets = await MoveTargetsOfAsync(context, done.InstanceId, cancellationToken).ConfigureAwait(false);
        foreach (var candidate in opened)
        {
            var upstream = targets(candidate.BookmarkKey);
            if (upstream.Contains(done.NodeId, StringComparer.Ordinal))
            {
                return (candidate, upstream);
            }
        }

        return (null, []);
    }

    /// <summary>
    /// For the instance as it is now: the user tasks the engine lets the waiting activity of a bookmark move back to,
    /// nearest first (none when the instance does not exist). The state is read and parsed once for every bookmark asked.
    /// </summary>
    private async Task<Func<long, IReadOnlyList<string>>> MoveTargetsOfAsync(RuntimeDbContext context, string instanceId, CancellationToken cancellationToken)
    {
        var record = await StepReader.InstanceAsync(context, instanceId, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            return _ => [];
        }

        var state = InstanceStateJson.Deserialize(Encoding.UTF8.GetBytes(record.State));
        var interpreter = await definitions.InterpreterAsync(context, record.ProcessId, record.DefinitionVersion, cancellationToken).ConfigureAwait(false);
        return bookmarkKey => interpreter.MoveTargets(state, bookmarkKey);
    }

    /// <summary>Applies a move of <paramref name="task"/>'s token, held at the version read; a lost race is a conflict.</summary>
    private async Task<RuntimeOutcome> MoveAsync(RuntimeDbContext context, StepWriter writer, NodaTime.Instant now, TaskRow task, InstanceRecord instance, MoveToken move, string actor, string action, string? comment, CancellationToken cancellationToken)
    {
        writer.Track(instance);
        writer.HoldTask(task);
        writer.CancelSigners(task.Id);
        var detail = $"{task.NodeId} #{task.Id} → {move.TargetNodeId}{(comment is null ? null : "：" + comment)}";
        var outcome = await AdvanceAsync(context, writer, now, task.InstanceId, move, actor, action, detail, cancellationToken).ConfigureAwait(false);
        return outcome.Code is "engine.bookmark-missing" or "engine.instance-ended" ? RuntimeOutcome.Conflict(task.InstanceId) : outcome;
    }
}
