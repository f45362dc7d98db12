using System.Data.Common;
using System.Text.Encodings.Web;
using System.Text.Json;
using GovWorkflow.Runtime.Instances;
using GovWorkflow.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace GovWorkflow.Runtime.Tasks;

/// <summary>
/// What people do to an open task besides completing it: claim and unclaim, transfer (转办), delegate (委派) and
/// resolve, add signers (加签) and sign, urge (催办) and carbon copy (抄送).
/// </summary>
/// <remarks>
/// Each operation is one transaction: the task row changes only if it is still open at the version read (and at the
/// version the person saw, when given), so of two people claiming or transferring one task exactly one wins and the
/// other gets <c>runtime.conflict</c>; an audit line names the actor; an outbox row tells whoever must now act or
/// know. The rules about the task's state live here; whether a person may act on the task at all (a candidate, in
/// the department) is the host's to check first, with the people directory it has. The instance is not touched:
/// these operations change who works on a task, not where the process waits.
/// </remarks>
public sealed class TaskOperations(Func<RuntimeDbContext> contexts, IClock clock)
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>认领: assigns an unassigned task to <paramref name="actor"/>.</summary>
    public Task<RuntimeOutcome> ClaimAsync(long taskId, string actor, long? expectedVersion, CancellationToken cancellationToken = default) =>
        ReassignAsync(
            new Reassignment(taskId, actor, expectedVersion, "task.claim", null),
            task => task.Assignee is { } assignee && assignee != actor ? Claimed(task) : Undelegated(task),
            _ => (actor, null, null),
            cancellationToken);

    /// <summary>取消认领: the assignee puts the task back in its queue.</summary>
    public Task<RuntimeOutcome> UnclaimAsync(long taskId, string actor, long? expectedVersion, CancellationToken cancellationToken = default) =>
        ReassignAsync(
            new Reassignment(taskId, actor, expectedVersion, "task.unclaim", null),
            task => task.Assignee != actor ? NotAssignee(task, actor) : Undelegated(task),
            _ => (null, null, null),
            cancellationToken);

    /// <summary>转办: the assignee (or, for a task in a queue, a candidate the host has checked) hands it to <paramref name="to"/>, who is told.</summary>
    public Task<RuntimeOutcome> TransferAsync(long taskId, string actor, string to, string? comment, long? expectedVersion, CancellationToken cancellationToken = default) =>
        ReassignAsync(
            new Reassignment(taskId, actor, expectedVersion, "task.transfer", comment),
            task => Unowned(task, actor),
            _ => (to, null, new Notice("task.transferred", [to])),
            cancellationToken);

    /// <summary>委派: <paramref name="to"/> becomes the assignee and the actor the owner, who gets the task back on <see cref="ResolveAsync"/>.</summary>
    public Task<RuntimeOutcome> DelegateAsync(long taskId, string actor, string to, string? comment, long? expectedVersion, CancellationToken cancellationToken = default) =>
        ReassignAsync(
            new Reassignment(taskId, actor, expectedVersion, "task.delegate", comment),
            task => Unowned(task, actor),
            _ => (to, actor, new Notice("task.delegated", [to])),
            cancellationToken);

    /// <summary>委派办结: the delegate hands a delegated task back to its owner, who is told.</summary>
    public Task<RuntimeOutcome> ResolveAsync(long taskId, string actor, string? comment, long? expectedVersion, CancellationToken cancellationToken = default) =>
        ReassignAsync(
            new Reassignment(taskId, actor, expectedVersion, "task.resolve", comment),
            task => task.Assignee != actor ? NotAssignee(task, actor)
                : task.Owner is null ? RuntimeOutcome.Refused("task.not-delegated", $"任务“{task.Name ?? task.NodeId}”不是委派中的任务，无需交回。", task.InstanceId)
                : null,
            task => (task.Owner, null, new Notice("task.resolved", [task.Owner!])),
            cancellationToken);

    /// <summary>催办: tells the assignee, or while the task waits in a queue its candidates, to get on with it; the task does not change.</summary>
    public async Task<RuntimeOutcome> UrgeAsync(long taskId, string actor, string? comment, CancellationToken cancellationToken = default)
    {
        var now = clock.GetCurrentInstant();
        await using var context = contexts();
        var task = await context.Tasks.AsNoTracking().Include(t => t.Candidates).SingleOrDefaultAsync(t => t.Id == taskId, cancellationToken).ConfigureAwait(false);
        if (task is null || task.Status != WorkStatus.Open)
        {
            return task is null ? NotFound(taskId) : Closed(task);
        }

        var to = task.Assignee is { } assignee
            ? new Recipients([assignee], [], [])
            : new Recipients(
                [.. task.Candidates.Where(c => c.Kind == CandidateKind.User).Select(c => c.Value)],
                [.. task.Candidates.Where(c => c.Kind == CandidateKind.Group).Select(c => c.Value)],
                [.. task.Candidates.Where(c => c.Kind == CandidateKind.Department).Select(c => c.Value)]);
        context.Outbox.Add(Outbox(task, "task.urged", actor, comment, to, now));
        context.Audit.Add(AuditOf(task, actor, "task.urge", null, null, comment, now));
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return RuntimeOutcome.Ok(task.InstanceId);
    }

    /// <summary>抄送: records a copy of the task for each of <paramref name="users"/> not yet copied, and tells them.</summary>
    public async Task<RuntimeOutcome> CopyAsync(long taskId, string actor, IReadOnlyCollection<string> users, string? comment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(users);
        var now = clock.GetCurrentInstant();
        await using var context = contexts();
        var task = await context.Tasks.AsNoTracking().SingleOrDefaultAsync(t => t.Id == taskId, cancellationToken).ConfigureAwait(false);
        if (task is null)
        {
            return NotFound(taskId);
        }

        var already = await context.TaskCopies.Where(c => c.TaskId == taskId).Select(c => c.User).ToListAsync(cancellationToken).ConfigureAwait(false);
        var fresh = users.Distinct(StringComparer.Ordinal).Except(already, StringComparer.Ordinal).ToList();
        foreach (var user in fresh)
        {
            context.TaskCopies.Add(new TaskCopyRecord { TaskId = taskId, InstanceId = task.InstanceId, User = user, CopiedBy = actor, CopiedAt = now, Comment = comment });
        }

        if (fresh.Count > 0)
        {
            context.Outbox.Add(Outbox(task, "task.copied", actor, comment, new Recipients(fresh, [], []), now));
        }

        context.Audit.Add(AuditOf(task, actor, "task.copy", null, null, $"→ {string.Join(", ", fresh)}{(comment is null ? null : "：" + comment)}", now));
        try
        {
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException e) when (e.InnerException is DbException)
        {
            // Somebody copied the same task to the same person at the same moment (the unique index): nothing was written.
            return RuntimeOutcome.Conflict(task.InstanceId);
        }

        return RuntimeOutcome.Ok(task.InstanceId);
    }

    /// <summary>
    /// 加签: asks <paramref name="signers"/> to sign the task before it can be completed. The actor must hold the task
    /// (an unassigned task is claimed by asking); the task's version moves, so a completion racing the request loses.
    /// A signer who signed before is asked again.
    /// </summary>
    public async Task<RuntimeOutcome> AddSignersAsync(long taskId, string actor, IReadOnlyCollection<string> signers, string? comment, long? expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(signers);
        var now = clock.GetCurrentInstant();
        await using var context = contexts();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var task = await context.Tasks.AsNoTracking().SingleOrDefaultAsync(t => t.Id == taskId, cancellationToken).ConfigureAwait(false);
        var refusal = task is null ? NotFound(taskId)
            : task.Status != WorkStatus.Open ? Closed(task)
            : expectedVersion is { } expected && expected != task.Version ? RuntimeOutcome.Conflict(task.InstanceId)
            : Unowned(task, actor);
        if (refusal is not null)
        {
            return refusal;
        }

        var asked = signers.Distinct(StringComparer.Ordinal).ToList();
        var existing = await context.TaskSigners.Where(s => s.TaskId == taskId && asked.Contains(s.Signer)).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (existing.Find(s => s.Status == WorkStatus.Open) is { } pending)
        {
            return RuntimeOutcome.Refused("task.signer-pending", $"已请 {pending.Signer} 加签，尚未签署，无需重复加签。", task!.InstanceId);
        }

        var read = task!.Version;
        var updated = await context.Tasks
            .Where(t => t.Id == taskId && t.Version == read && t.Status == WorkStatus.Open)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Assignee, actor).SetProperty(t => t.Version, read + 1), cancellationToken)
            .ConfigureAwait(false);
        if (updated == 0)
        {
            await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
            return RuntimeOutcome.Conflict(task.InstanceId);
        }

        foreach (var signer in asked)
        {
            var row = existing.Find(s => s.Signer == signer);
            if (row is null)
            {
                context.TaskSigners.Add(new TaskSignerRecord { TaskId = taskId, InstanceId = task.InstanceId, Signer = signer, AddedBy = actor, AddedAt = now, Request = comment, Status = WorkStatus.Open });
            }
            else
            {
                (row.AddedBy, row.AddedAt, row.Request, row.Status, row.Agreed, row.Opinion, row.ClosedAt) = (actor, now, comment, WorkStatus.Open, null, null, null);
            }
        }

        context.Audit.Add(AuditOf(task, actor, "task.add-signer", null, null, $"→ {string.Join(", ", asked)}{(comment is null ? null : "：" + comment)}", now));
        context.Outbox.Add(Outbox(task, "task.sign-requested", actor, comment, new Recipients(asked, [], []), now));
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return RuntimeOutcome.Ok(task.InstanceId);
    }

    /// <summary>签署: an added signer gives their opinion; the task's holder is told.</summary>
    public Task<RuntimeOutcome> SignAsync(long taskId, string signer, bool agreed, string? opinion, CancellationToken cancellationToken = default) =>
        CloseSignatureAsync(taskId, signer, signer, WorkStatus.Done, agreed, opinion, "task.sign", "task.signed", cancellationToken);

    /// <summary>撤回加签: the task's holder withdraws a signature request not yet signed; the signer is told.</summary>
    public Task<RuntimeOutcome> RemoveSignerAsync(long taskId, string actor, string signer, CancellationToken cancellationToken = default) =>
        CloseSignatureAsync(taskId, signer, actor, WorkStatus.Cancelled, null, null, "task.remove-signer", "task.sign-withdrawn", cancellationToken);

    /// <summary>The added signers of a task, in the order asked.</summary>
    public async Task<IReadOnlyList<TaskSignerRecord>> SignersAsync(long taskId, CancellationToken cancellationToken = default)
    {
        await using var context = contexts();
        return await context.TaskSigners.AsNoTracking().Where(s => s.TaskId == taskId).OrderBy(s => s.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<RuntimeOutcome> CloseSignatureAsync(long taskId, string signer, string actor, WorkStatus status, bool? agreed, string? opinion, string action, string kind, CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        await using var context = contexts();
        var task = await context.Tasks.AsNoTracking().SingleOrDefaultAsync(t => t.Id == taskId, cancellationToken).ConfigureAwait(false);
        if (task is null || task.Status != WorkStatus.Open)
        {
            return task is null ? NotFound(taskId) : Closed(task);
        }

        if (status == WorkStatus.Cancelled && task.Assignee != actor)
        {
            return NotAssignee(task, actor);
        }

        var closed = await context.TaskSigners
            .Where(s => s.TaskId == taskId && s.Signer == signer && s.Status == WorkStatus.Open)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, status).SetProperty(r => r.Agreed, agreed).SetProperty(r => r.Opinion, opinion).SetProperty(r => r.ClosedAt, now), cancellationToken)
            .ConfigureAwait(false);
        if (closed == 0)
        {
            return RuntimeOutcome.Refused("task.not-signer", $"{signer} 没有待签署的任务“{task.Name ?? task.NodeId}”加签（未被加签、已签署或已撤回）。", task.InstanceId);
        }

        var verdict = agreed switch { true => "同意", false => "不同意", null => null };
        context.Audit.Add(AuditOf(task, actor, action, null, null, string.Join("：", new[] { status == WorkStatus.Cancelled ? signer : verdict, opinion }.Where(p => p is not null)), now));
        var to = status == WorkStatus.Cancelled ? signer : task.Assignee;
        if (to is not null)
        {
            context.Outbox.Add(Outbox(task, kind, actor, opinion, new Recipients([to], [], []), now));
        }

        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return RuntimeOutcome.Ok(task.InstanceId);
    }

    /// <summary>The conditional update shared by claim, unclaim, transfer, delegate and resolve.</summary>
    private async Task<RuntimeOutcome> ReassignAsync(Reassignment change, Func<TaskRecord, RuntimeOutcome?> rule, Func<TaskRecord, (string? Assignee, string? Owner, Notice? Notice)> next, CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        await using var context = contexts();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var task = await context.Tasks.AsNoTracking().SingleOrDefaultAsync(t => t.Id == change.TaskId, cancellationToken).ConfigureAwait(false);
        var refusal = task is null ? NotFound(change.TaskId)
            : task.Status != WorkStatus.Open ? Closed(task)
            : change.ExpectedVersion is { } expected && expected != task.Version ? RuntimeOutcome.Conflict(task.InstanceId)
            : rule(task);
        if (refusal is not null)
        {
            return refusal;
        }

        var (assignee, owner, notice) = next(task!);
        var read = task!.Version;
        var updated = await context.Tasks
            .Where(t => t.Id == task.Id && t.Version == read && t.Status == WorkStatus.Open)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Assignee, assignee).SetProperty(t => t.Owner, owner).SetProperty(t => t.Version, read + 1), cancellationToken)
            .ConfigureAwait(false);
        if (updated == 0)
        {
            await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
            return RuntimeOutcome.Conflict(task.InstanceId);
        }

        var before = JsonSerializer.Serialize(new { task.Assignee, task.Owner, task.Version }, Json);
        var after = JsonSerializer.Serialize(new { Assignee = assignee, Owner = owner, Version = read + 1 }, Json);
        context.Audit.Add(AuditOf(task, change.Actor, change.Action, before, after, change.Comment, now));
        if (notice is not null)
        {
            context.Outbox.Add(Outbox(task, notice.Kind, change.Actor, change.Comment, new Recipients(notice.Users, [], []), now));
        }

        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return RuntimeOutcome.Ok(task.InstanceId);
    }

    private static OutboxRecord Outbox(TaskRecord task, string kind, string actor, string? comment, Recipients to, Instant now) => new()
    {
        InstanceId = task.InstanceId,
        Kind = kind,
        Payload = new TaskNotice(task.Id, task.NodeId, task.Name, actor, comment, to).ToJson(),
        CreatedAt = now,
    };

    private static AuditRecord AuditOf(TaskRecord task, string actor, string action, string? before, string? after, string? comment, Instant now) => new()
    {
        InstanceId = task.InstanceId,
        Actor = actor,
        Action = action,
        At = now,
        Before = before,
        After = after,
        Detail = $"{task.NodeId} #{task.Id}{(comment is null ? null : " " + comment)}",
    };

    private static RuntimeOutcome? Unowned(TaskRecord task, string actor) =>
        task.Assignee is { } assignee && assignee != actor ? NotAssignee(task, actor) : Undelegated(task);

    private static RuntimeOutcome? Undelegated(TaskRecord task) => task.Owner is null
        ? null
        : RuntimeOutcome.Refused("task.delegated", $"任务“{task.Name ?? task.NodeId}”已由 {task.Owner} 委派给 {task.Assignee}：须先由受托人交回。", task.InstanceId);

    private static RuntimeOutcome Claimed(TaskRecord task) =>
        RuntimeOutcome.Refused("runtime.task-claimed", $"任务“{task.Name ?? task.NodeId}”已由 {task.Assignee} 认领。", task.InstanceId);

    private static RuntimeOutcome NotAssignee(TaskRecord task, string actor) =>
        RuntimeOutcome.Refused("task.not-assignee", $"任务“{task.Name ?? task.NodeId}”由 {task.Assignee ?? "（无人）"} 办理，{actor} 不能进行此操作。", task.InstanceId);

    private static RuntimeOutcome NotFound(long taskId) => RuntimeOutcome.NotFound("runtime.task-not-found", $"任务 {taskId} 不存在。");

    private static RuntimeOutcome Closed(TaskRecord task) =>
        RuntimeOutcome.Refused("runtime.task-closed", $"任务“{task.Name ?? task.NodeId}”已办结或撤销，不能再进行此操作。", task.InstanceId);

    private sealed record Reassignment(long TaskId, string Actor, long? ExpectedVersion, string Action, string? Comment);

    private sealed record Notice(string Kind, IReadOnlyList<string> Users);
}
