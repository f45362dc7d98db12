using GovWorkflow.Runtime.Instances;
using GovWorkflow.Runtime.Persistence;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GovWorkflow.Runtime.Hosting;

/// <summary>At start, before timers run: migrates the schema (refusing a newer one), then fires missed timers in due order and derives the other triggers.</summary>
internal sealed partial class RuntimeStartup(Func<RuntimeDbContext> contexts, WorkflowRuntime runtime, ILogger<RuntimeStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using (var context = contexts())
        {
            await RuntimeDatabase.MigrateAsync(context, cancellationToken).ConfigureAwait(false);
        }

        var (fired, scheduled) = await runtime.RecoverTimersAsync(cancellationToken).ConfigureAwait(false);
        LogRecovered(fired, scheduled);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Timers recovered: {Fired} missed timers fired, {Scheduled} triggers derived.")]
    private partial void LogRecovered(int fired, int scheduled);
}
