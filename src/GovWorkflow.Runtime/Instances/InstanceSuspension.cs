using GovWorkflow.Engine.Execution;
using GovWorkflow.Runtime.Persistence;
using GovWorkflow.Runtime.Tasks;
using GovWorkflow.Runtime.Timers;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace GovWorkflow.Runtime.Instances;

/// <summary>挂起 and 恢复: stops a running instance, with the instances it called, from moving, and lets it go again.</summary>
/// <remarks>
/// Suspending writes only <see cref="InstanceRecord.SuspendedAt"/>: a step already under way when it commits fails its
/// conditional save (see <c>StepWriter.Write</c>) and is refused on retry. While suspended, timers that come due are
/// refused and stay open, so resuming fires those already due and triggers the rest again. Tasks keep their
/// deadlines: the statutory clock is the case's, stopped by the Art. 45 procedures, not by this.
/// </remarks>
public sealed class InstanceSuspension(Func<RuntimeDbContext> contexts, WorkflowRuntime runtime, ITimerScheduler timers, IClock clock)
{
    /// <summary>Suspends <paramref name="instanceId"/> and its running descendants; the assignees of their open tasks are told.</summary>
    public async Task<RuntimeOutcome> SuspendAsync(string instanceId, string actor, string reason, CancellationToken cancellationToken = default)
    {
        var now = clock.GetCurrentInstant();
        await using var context = contexts();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var root = await context.Instances.AsNoTracking().SingleOrDefaultAsync(i => i.Id == instanceId, cancellationToken).ConfigureAwait(false);
        if (Refusal(root, instanceId, suspending: true) is { } refusal)
        {
            return refusal;
        }

        var tree = await TreeAsync(context, instanceId, cancellationToken).ConfigureAwait(false);
        var changed = await context.Instances
            .Where(i => tree.Contains(i.Id) && i.Status == InstanceStatus.Running && i.SuspendedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.SuspendedAt, now).SetProperty(i => i.SuspendedBy, actor), cancellationToken)
            .ConfigureAwait(false);
        if (changed == 0)
        {
            await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
            return RuntimeOutcome.Conflict(instanceId);
        }

        await NoteAsync(context, tree, instanceId, actor, "instance.suspend", "instance.suspended", reason, now, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return RuntimeOutcome.Ok(instanceId);
    }

    /// <summary>Resumes a suspended instance and its descendants: timers already due fire now, the others are triggered again.</summary>
    public async Task<RuntimeOutcome> ResumeAsync(string instanceId, string actor, string? comment, CancellationToken cancellationToken = default)
    {
        var now = clock.GetCurrentInstant();
        List<string> tree;
        await using (var context = contexts())
        {
            await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var root = await context.Instances.AsNoTracking().SingleOrDefaultAsync(i => i.Id == instanceId, cancellationToken).ConfigureAwait(false);
            if (Refusal(root, instanceId, suspending: false) is { } refusal)
            {
                return refusal;
            }

            tree = await TreeAsync(context, instanceId, cancellationToken).ConfigureAwait(false);
            var changed = await context.Instances
                .Where(i => tree.Contains(i.Id) && i.SuspendedAt != null)
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.SuspendedAt, (Instant?)null).SetProperty(i => i.SuspendedBy, (string?)null), cancellationToken)
                .ConfigureAwait(false);
            if (changed == 0)
            {
                await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
                return RuntimeOutcome.Conflict(instanceId);
            }

            await NoteAsync(context, tree, instanceId, actor, "instance.resume", "instance.resumed", comment, now, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        // After commit, like every trigger: a crash here is mended by the timer recovery at start.
        List<(long Id, Instant DueAt)> open;
        await using (var context = contexts())
        {
            open = [.. (await context.Timers.AsNoTracking().Where(t => tree.Contains(t.InstanceId) && t.Status == WorkStatus.Open)
                .OrderBy(t => t.DueAt).ThenBy(t => t.Id).Select(t => new { t.Id, t.DueAt })
                .ToListAsync(cancellationToken).ConfigureAwait(false)).Select(t => (t.Id, t.DueAt))];
        }

        foreach (var (id, dueAt) in open)
        {
            if (dueAt <= now)
            {
                await runtime.FireTimerAsync(id, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await timers.ScheduleAsync(id, dueAt, cancellationToken).ConfigureAwait(false);
            }
        }

        return RuntimeOutcome.Ok(instanceId);
    }

    private static RuntimeOutcome? Refusal(InstanceRecord? root, string instanceId, bool suspending) => root switch
    {
        null => RuntimeOutcome.NotFound("runtime.instance-not-found", $"办件 {instanceId} 不存在。"),
        { Status: not InstanceStatus.Running } => RuntimeOutcome.Refused("engine.instance-ended", $"办件 {instanceId} 已办结或终止，不能{(suspending ? "挂起" : "恢复")}。", instanceId),
        { SuspendedAt: not null } when suspending => RuntimeOutcome.Suspended(root),
        { SuspendedAt: null } when !suspending => RuntimeOutcome.Refused("runtime.instance-not-suspended", $"办件 {instanceId} 没有挂起，无需恢复。", instanceId),
        _ => null,
    };

    /// <summary>The instance and every instance it called, directly or not.</summary>
    private static async Task<List<string>> TreeAsync(RuntimeDbContext context, string instanceId, CancellationToken cancellationToken)
    {
        var tree = new List<string> { instanceId };
        var frontier = new List<string> { instanceId };
        while (frontier.Count > 0)
        {
            var parents = frontier;
            frontier = await context.Instances.AsNoTracking().Where(i => i.ParentInstanceId != null && parents.Contains(i.ParentInstanceId))
                .Select(i => i.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
            tree.AddRange(frontier);
        }

        return tree;
    }

    /// <summary>The audit line, and a notice to whoever holds an open task of the tree.</summary>
    private static async Task NoteAsync(RuntimeDbContext context, List<string> tree, string instanceId, string actor, string action, string kind, string? comment, Instant now, CancellationToken cancellationToken)
    {
        var assignees = await context.Tasks.AsNoTracking().Where(t => tree.Contains(t.InstanceId) && t.Status == WorkStatus.Open && t.Assignee != null)
            .Select(t => t.Assignee!).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false);
        context.Audit.Add(new AuditRecord { InstanceId = instanceId, Actor = actor, Action = action, At = now, Detail = comment });
        if (assignees.Count > 0)
        {
            context.Outbox.Add(new OutboxRecord
            {
                InstanceId = instanceId,
                Kind = kind,
                Payload = new TaskNotice(null, null, null, actor, comment, new Recipients(assignees, [], [])).ToJson(),
                CreatedAt = now,
            });
        }

        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }
}
