using GovWorkflow.Engine.Execution;
using GovWorkflow.Runtime.Persistence;

namespace GovWorkflow.Runtime.Hosting;

/// <summary>What the runtime needs from its host: the database and the engine's time settings.</summary>
public sealed class RuntimeOptions
{
    /// <summary>The database (default: the embedded SQLite file under <c>data/</c>).</summary>
    public DatabaseOptions Database { get; set; } = new();

    /// <summary>The engine's zone and working-day calendar.</summary>
    public EngineOptions Engine { get; set; } = new();

    /// <summary>
    /// The Quartz scheduler's name. Default <c>govworkflow</c>. On PostgreSQL it names the cluster in Quartz's tables, so every
    /// node of one cluster uses the same; with SQLite's in-memory store a unique suffix is added per host.
    /// </summary>
    /// <remarks>Quartz keeps one scheduler per name per process, so two PostgreSQL hosts in one process need different names.</remarks>
    public string SchedulerName { get; set; } = "govworkflow";

    /// <summary>This node's name in the Quartz cluster (PostgreSQL only); default: generated per process.</summary>
    public string? NodeName { get; set; }

    /// <summary>EF Core interceptors for every runtime connection (diagnostics; the recovery tests inject crashes with one).</summary>
    public IList<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor> Interceptors { get; } = [];

    /// <summary>How service-task activities are polled and retried.</summary>
    public Activities.ActivityWorkerOptions Activities { get; set; } = new();

    /// <summary>Scheduler threads firing timers.</summary>
    public int TimerThreads { get; set; } = 4;
}
