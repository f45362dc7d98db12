using GovWorkflow.Engine.Activities;
using System.Text;
using GovWorkflow.Engine.Execution;
using GovWorkflow.Runtime.Instances;
using GovWorkflow.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovWorkflow.Runtime.Activities;

/// <summary>Runs open service-task jobs with their handlers and reports the results to the runtime.</summary>
/// <remarks>
/// Jobs are rows, so nothing requested is lost in a crash: an open job is picked up again after restart. The
/// result is applied through <see cref="WorkflowRuntime"/>, which closes the job row exactly once.
/// </remarks>
public sealed class ActivityWorker(Func<RuntimeDbContext> contexts, WorkflowRuntime runtime, IEnumerable<IActivityHandler> handlers, ActivityWorkerOptions options)
{
    private readonly Dictionary<string, IActivityHandler> handlers = handlers.ToDictionary(h => h.ActivityType, StringComparer.Ordinal);

    /// <summary>Runs one batch of open jobs; returns how many were handled (0 when idle).</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        // Only jobs this node can run: a job no handler here serves stays open for a node that has one.
        var types = handlers.Keys.ToList();
        List<ActivityJobRecord> jobs;
        await using (var context = contexts())
        {
            jobs = await context.ActivityJobs.AsNoTracking()
                .Where(j => j.Status == WorkStatus.Open && types.Contains(j.ActivityType))
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
        string state;
        await using (var context = contexts())
        {
            state = await context.Instances.AsNoTracking().Where(i => i.Id == job.InstanceId).Select(i => i.State).SingleAsync(cancellationToken).ConfigureAwait(false);
        }

        var variables = InstanceStateJson.Deserialize(Encoding.UTF8.GetBytes(state)).Variables;
        try
        {
            var outputs = await handler.RunAsync(new ActivityRequest(job.Id, job.InstanceId, job.NodeId, job.ActivityType, variables), cancellationToken).ConfigureAwait(false);
            await runtime.CompleteActivityAsync(job.Id, outputs, cancellationToken).ConfigureAwait(false);
        }
        catch (BpmnErrorException error)
        {
            await runtime.FailActivityAsync(job.Id, error.ErrorCode, error.Message, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var attempts = await NoteAsync(job.Id, ex.Message, cancellationToken).ConfigureAwait(false);
            if (attempts >= options.MaxAttempts)
            {
                await runtime.FailActivityAsync(job.Id, "ACTIVITY_FAILED", $"{job.ActivityType} 连续 {attempts} 次失败：{ex.Message}", cancellationToken).ConfigureAwait(false);
            }
        }
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
