using System.Text;
using GovWorkflow.Engine.Activities;
using GovWorkflow.Engine.Execution;
using GovWorkflow.Runtime.Definitions;
using GovWorkflow.Runtime.Instances;
using GovWorkflow.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovWorkflow.Runtime.Activities;

/// <summary>Runs open service-task jobs with their handlers and reports the results to the runtime.</summary>
/// <remarks>
/// Jobs are rows, so nothing requested is lost in a crash: an open job is picked up again after restart. The
/// result is applied through <see cref="WorkflowRuntime"/>, which closes the job row exactly once. A handler is given
/// the service task's <c>gov:</c> attributes, the instance's open timers and the instant of the step that asked for the
/// job, so it never reads a clock or the definition itself.
/// </remarks>
public sealed class ActivityWorker(
    Func<RuntimeDbContext> contexts, WorkflowRuntime runtime, DefinitionService definitions, IEnumerable<IActivityHandler> handlers, ActivityWorkerOptions options)
{
    private static readonly IReadOnlyDictionary<string, string> NoProperties = new Dictionary<string, string>(StringComparer.Ordinal);

    private readonly Dictionary<string, IActivityHandler> handlers = handlers.ToDictionary(h => h.ActivityType, StringComparer.Ordinal);

    /// <summary>Runs one batch of open jobs; returns how many were handled (0 when idle).</summary>
    public Task<int> RunOnceAsync(CancellationToken cancellationToken) => RunOnceAsync(null, cancellationToken);

    /// <summary>
    /// Runs one batch of the open jobs of <paramref name="rootInstanceId"/> and the instances it called (all jobs when
    /// null); returns how many were handled. A request that moved one case runs that case's jobs and no other's, so
    /// concurrent requests do not all queue on the same rows; the polling worker runs the rest.
    /// </summary>
    public async Task<int> RunOnceAsync(string? rootInstanceId, CancellationToken cancellationToken)
    {
        // Only jobs this node can run: a job no handler here serves stays open for a node that has one.
        var types = handlers.Keys.ToList();
        var children = rootInstanceId + "/";
        List<ActivityJobRecord> jobs;
        await using (var context = contexts())
        {
            jobs = await context.ActivityJobs.AsNoTracking()
                .Where(j => j.Status == WorkStatus.Open && types.Contains(j.ActivityType)
                    && (rootInstanceId == null || j.InstanceId == rootInstanceId || j.InstanceId.StartsWith(children))
                    && !context.Instances.Any(i => i.Id == j.InstanceId && i.SuspendedAt != null))
                .OrderBy(j => j.Id)
                .Take(options.BatchSize)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
        }

        var handled = 0;
        foreach (var job in jobs)
        {
            await RunAsync(job, handlers[job.ActivityType], cancellationToken).ConfigureAwait(false);
            handled++;
        }

        return handled;
    }

    /// <summary>Polls until cancelled.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            if (await RunOnceAsync(cancellationToken).ConfigureAwait(false) == 0)
            {
                await Task.Delay(options.IdleDelay.ToTimeSpan(), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task RunAsync(ActivityJobRecord job, IActivityHandler handler, CancellationToken cancellationToken)
    {
        var request = await RequestAsync(job, cancellationToken).ConfigureAwait(false);
        try
        {
            var result = await handler.RunAsync(request, cancellationToken).ConfigureAwait(false);
            var outcome = await runtime.CompleteActivityAsync(job.Id, result, cancellationToken).ConfigureAwait(false);

            // A result the engine refuses (a move of a bookmark that is no timer, outputs it cannot take) would be
            // refused again on every poll: count it as a failed attempt, so that it ends as an incident.
            // A job picked up just before its instance was suspended stays open, unpenalised, until the resume.
            if (outcome.Kind is RuntimeOutcomeKind.Refused or RuntimeOutcomeKind.NotFound && outcome.Code != RuntimeOutcome.SuspendedCode)
            {
                await FailedAttemptAsync(job, $"结果被拒绝（{outcome.Code}）：{outcome.Message}", cancellationToken).ConfigureAwait(false);
            }
        }
        catch (BpmnErrorException error)
        {
            await runtime.FailActivityAsync(job.Id, error.ErrorCode, error.Message, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await FailedAttemptAsync(job, ex.Message, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task FailedAttemptAsync(ActivityJobRecord job, string error, CancellationToken cancellationToken)
    {
        var attempts = await NoteAsync(job.Id, error, cancellationToken).ConfigureAwait(false);
        if (attempts >= options.MaxAttempts)
        {
            await runtime.FailActivityAsync(job.Id, "ACTIVITY_FAILED", $"{job.ActivityType} 连续 {attempts} 次失败：{error}", cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<ActivityRequest> RequestAsync(ActivityJobRecord job, CancellationToken cancellationToken)
    {
        await using var context = contexts();
        var instance = await context.Instances.AsNoTracking().Where(i => i.Id == job.InstanceId)
            .Select(i => new { i.ProcessId, i.DefinitionVersion, i.State })
            .SingleAsync(cancellationToken).ConfigureAwait(false);
        var process = (await definitions.InterpreterAsync(context, instance.ProcessId, instance.DefinitionVersion, cancellationToken).ConfigureAwait(false)).Process;
        var state = InstanceStateJson.Deserialize(Encoding.UTF8.GetBytes(instance.State));
        var properties = process.TryGetNode(job.NodeId, out var node) ? node.Properties : NoProperties;
        // Now is when the step that asked for the job happened, not when a worker got to it: the legal facts an activity
        // records (acceptance, decision) keep their day however late the job runs.
        return new ActivityRequest(job.Id, job.InstanceId, job.NodeId, job.ActivityType, state.Variables, properties, OpenTimer.Of(process, state), job.CreatedAt);
    }

    private async Task<int> NoteAsync(long jobId, string error, CancellationToken cancellationToken)
    {
        await using var context = contexts();
        await context.ActivityJobs.Where(j => j.Id == jobId && j.Status == WorkStatus.Open)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Attempts, j => j.Attempts + 1).SetProperty(j => j.LastError, error), cancellationToken)
            .ConfigureAwait(false);
        return await context.ActivityJobs.Where(j => j.Id == jobId).Select(j => j.Attempts).SingleAsync(cancellationToken).ConfigureAwait(false);
    }
}
