using GovWorkflow.Engine.Activities;
using GovWorkflow.Runtime.Activities;
using GovWorkflow.Runtime.Definitions;
using GovWorkflow.Runtime.Instances;
using GovWorkflow.Runtime.Persistence;
using GovWorkflow.Runtime.Tasks;
using GovWorkflow.Runtime.Timers;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Quartz;

namespace GovWorkflow.Runtime.Hosting;

/// <summary>Registers the durable runtime in a host.</summary>
public static class RuntimeServiceCollectionExtensions
{
    /// <summary>
    /// Adds the database, the definition service, the runtime, Quartz and the startup that migrates and recovers timers.
    /// SQLite runs one node with an in-memory Quartz store (Quartz refuses clustering there; the timer rows are the truth);
    /// PostgreSQL runs Quartz's persistent, clustered store so each trigger fires on one node.
    /// </summary>
    public static IServiceCollection AddGovWorkflowRuntime(this IServiceCollection services, RuntimeOptions options)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        var database = RuntimeDatabase.Build(options.Database, [.. options.Interceptors]);
        services.AddSingleton(options);
        // Pooled: a command's context comes ready from the pool instead of building EF's scoped services each time.
        var pool = new PooledDbContextFactory<RuntimeDbContext>(database);
        services.AddSingleton<Func<RuntimeDbContext>>(pool.CreateDbContext);
        AddCommands(services, options);
        services.AddTransient<FireTimerJob>();
        services.AddSingleton(options.Activities);
        services.AddSingleton(sp => new ActivityWorker(
            sp.GetRequiredService<Func<RuntimeDbContext>>(),
            sp.GetRequiredService<WorkflowRuntime>(),
            sp.GetRequiredService<DefinitionService>(),
            sp.GetServices<IActivityHandler>(),
            options.Activities));

        // Migrations and timer recovery run before the scheduler starts (hosted services start in order).
        services.AddHostedService<RuntimeStartup>();
        services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(scheduler =>
            {
                scheduler.InstanceName = SchedulerNameOf(options);
                if (options.NodeName is { } node)
                {
                    scheduler.InstanceId = node;
                }
                else
                {
                    scheduler.GenerateInstanceId = true;
                }
            });
            quartz.UseDefaultThreadPool(options.TimerThreads);
            if (options.Database.Provider == DatabaseProvider.Postgres)
            {
                quartz.UsePersistentStore(store =>
                {
                    store.UsePostgres(options.Database.ConnectionString!);
                    store.UseClustering();
                    store.UseSystemTextJsonSerializer();
                    store.ProvisionSchema();
                });
            }
            else
            {
                quartz.UseInMemoryStore();
            }
        });
        services.AddQuartzHostedService(hosted => hosted.WaitForJobsToComplete = true);
        services.AddHostedService<ActivityWorkerService>();
        return services;
    }

    /// <summary>The definition service, the runtime and the operations people call on instances and tasks.</summary>
    private static void AddCommands(IServiceCollection services, RuntimeOptions options)
    {
        services.AddSingleton(sp => new DefinitionService(sp.GetRequiredService<Func<RuntimeDbContext>>(), sp.GetRequiredService<IClock>(), options.Engine));
        services.AddSingleton<ITimerScheduler, QuartzTimerScheduler>();
        services.AddSingleton(sp => new WorkflowRuntime(
            sp.GetRequiredService<Func<RuntimeDbContext>>(),
            sp.GetRequiredService<DefinitionService>(),
            sp.GetRequiredService<ITimerScheduler>(),
            sp.GetRequiredService<IClock>()));
        services.AddSingleton(sp => new TaskOperations(sp.GetRequiredService<Func<RuntimeDbContext>>(), sp.GetRequiredService<IClock>()));
        services.AddSingleton(sp => new InstanceSuspension(
            sp.GetRequiredService<Func<RuntimeDbContext>>(),
            sp.GetRequiredService<WorkflowRuntime>(),
            sp.GetRequiredService<ITimerScheduler>(),
            sp.GetRequiredService<IClock>()));
    }

    /// <summary>
    /// Quartz keeps one scheduler per name per process and hands an existing one to any host asking for that name. On
    /// PostgreSQL the name is the cluster's key in the tables, the same on every node; an in-memory store belongs to its
    /// host alone, so its name is made unique and two hosts in one process keep their own.
    /// </summary>
    private static string SchedulerNameOf(RuntimeOptions options) => options.Database.Provider == DatabaseProvider.Postgres
        ? options.SchedulerName
        : options.SchedulerName + "-" + Guid.NewGuid().ToString("N");
}
