using GovWorkflow.Engine.Expressions;
using GovWorkflow.Runtime.Activities;
using GovWorkflow.Runtime.Instances;
using GovWorkflow.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace GovWorkflow.Activities.Scenarios;

/// <summary>Cases on the durable runtime: every command is a committed transaction in the database; timers are fired from their rows when the clock reaches them.</summary>
public sealed class DurableCaseWorkflow(Func<RuntimeDbContext> contexts, WorkflowRuntime runtime, ActivityWorker worker, IClock clock) : ICaseWorkflow
{
    /// <inheritdoc />
    public Task<RuntimeOutcome> StartAsync(string processId, string caseId, IReadOnlyDictionary<string, FeelValue> variables, string actor, CancellationToken cancellationToken) =>
        runtime.StartAsync(processId, variables, actor, caseId, cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<CaseTask>> OpenTasksAsync(string caseId, CancellationToken cancellationToken)
    {
        await using var context = contexts();
        var child = caseId + "/";
        var tasks = await context.Tasks.AsNoTracking().Include(t => t.Candidates)
            .Where(t => (t.InstanceId == caseId || t.InstanceId.StartsWith(child)) && t.Status == WorkStatus.Open)
            .OrderBy(t => t.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. tasks.Select(t => new CaseTask(
            t.Id,
            t.InstanceId,
            t.NodeId,
            t.Name,
            [.. t.Candidates.Where(c => c.Kind == CandidateKind.User).Select(c => c.Value).Concat(t.Assignee is null ? [] : [t.Assignee])],
            [.. t.Candidates.Where(c => c.Kind == CandidateKind.Group).Select(c => c.Value)],
            [.. t.Candidates.Where(c => c.Kind == CandidateKind.Department).Select(c => c.Value)],
            t.Version,
            t.FormKey,
            t.Assignee))];
    }

    /// <inheritdoc />
    public Task<RuntimeOutcome> CompleteTaskAsync(CaseTask task, IReadOnlyDictionary<string, FeelValue> variables, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(task);
        return runtime.CompleteTaskAsync(task.Id, variables, actor, task.Version, cancellationToken);
    }

    /// <inheritdoc />
    public Task<RuntimeOutcome> DeliverMessageAsync(string caseId, string messageName, IReadOnlyDictionary<string, FeelValue> variables, string actor, CancellationToken cancellationToken) =>
        runtime.DeliverMessageAsync(caseId, messageName, variables, actor, cancellationToken);

    /// <inheritdoc />
    public async Task<Instant?> NextTimerAsync(CancellationToken cancellationToken)
    {
        await using var context = contexts();
        var due = await context.Timers.AsNoTracking().Where(t => t.Status == WorkStatus.Open).OrderBy(t => t.DueAt).Select(t => (Instant?)t.DueAt)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return due;
    }

    /// <inheritdoc />
    public async Task<int> FireDueTimersAsync(CancellationToken cancellationToken)
    {
        var fired = 0;
        while (true)
        {
            var now = clock.GetCurrentInstant();
            long? next;
            await using (var context = contexts())
            {
                next = await context.Timers.AsNoTracking().Where(t => t.Status == WorkStatus.Open && t.DueAt <= now)
                    .OrderBy(t => t.DueAt).ThenBy(t => t.Id).Select(t => (long?)t.Id)
                    .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            }

            if (next is not { } id)
            {
                return fired;
            }

            var outcome = await runtime.FireTimerAsync(id, cancellationToken).ConfigureAwait(false);
            if (outcome.Kind is RuntimeOutcomeKind.Refused or RuntimeOutcomeKind.NotFound)
            {
                // The row stays open and due: firing it again would fail again.
                throw new ScenarioException(new Domain.Errors.DomainError(
                    "scenario.timer-refused", $"定时器 {id}（办件 {outcome.InstanceId}）到期后无法继续：{outcome.Message}（{outcome.Code}）。", "A due timer was refused."));
            }

            fired++;
        }
    }

    /// <inheritdoc />
    public Task<int> RunJobsAsync(CancellationToken cancellationToken) => RunAllAsync(null, cancellationToken);

    /// <inheritdoc />
    public Task<int> RunJobsAsync(string caseId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caseId);
        return RunAllAsync(caseId, cancellationToken);
    }

    private async Task<int> RunAllAsync(string? caseId, CancellationToken cancellationToken)
    {
        var total = 0;
        int ran;
        while ((ran = await worker.RunOnceAsync(caseId, cancellationToken).ConfigureAwait(false)) > 0)
        {
            total += ran;
        }

        return total;
    }

    /// <inheritdoc />
    public async Task<CaseProgress> ProgressAsync(string caseId, CancellationToken cancellationToken)
    {
        await using var context = contexts();
        var status = await context.Instances.AsNoTracking().Where(i => i.Id == caseId).Select(i => i.Status).SingleAsync(cancellationToken).ConfigureAwait(false);
        var child = caseId + "/";
        var waiting = await context.Bookmarks.AsNoTracking().Where(b => b.InstanceId == caseId || b.InstanceId.StartsWith(child))
            .OrderBy(b => b.NodeId).Select(b => b.NodeId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var escalations = await context.Outbox.AsNoTracking().CountAsync(o => (o.InstanceId == caseId || o.InstanceId!.StartsWith(child)) && o.Kind == "escalation", cancellationToken).ConfigureAwait(false);
        return new CaseProgress(status, waiting, escalations);
    }
}
