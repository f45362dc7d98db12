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

    /// <summary>This node's name in the Quartz cluster (PostgreSQL only); default: generated per process.</summary>
    public string? NodeName { get; set; }

    /// <summary>EF Core interceptors for every runtime connection (diagnostics; the recovery tests inject crashes with one).</summary>
    public IList<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor> Interceptors { get; } = [];

    /// <summary>How service-task activities are polled and retried.</summary>
    public Activities.ActivityWorkerOptions Activities { get; set; } = new();

    /// <summary>Scheduler threads firing timers.</summary>
    public int TimerThreads { get; set; } = 4;
}
