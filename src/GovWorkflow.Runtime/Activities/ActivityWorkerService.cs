using Microsoft.Extensions.Hosting;

namespace GovWorkflow.Runtime.Activities;

/// <summary>Runs the <see cref="ActivityWorker"/> for the life of the host.</summary>
internal sealed class ActivityWorkerService(ActivityWorker worker) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await worker.RunAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: open jobs stay open and run after the next start.
        }
    }
}
