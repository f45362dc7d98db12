using GovWorkflow.Activities.Calendar;
using GovWorkflow.Activities.Cases;
using GovWorkflow.Activities.Cases.Persistence;
using GovWorkflow.Activities.Desk;
using GovWorkflow.Activities.Scenarios;
using GovWorkflow.Domain.Calendar;
using GovWorkflow.Domain.Deadlines;
using GovWorkflow.Domain.Errors;
using GovWorkflow.Engine.Activities;
using GovWorkflow.Engine.Execution;
using GovWorkflow.Runtime.Activities;
using GovWorkflow.Runtime.Hosting;
using GovWorkflow.Runtime.Instances;
using GovWorkflow.Runtime.Persistence;
using GovWorkflow.Server.Auth;
using GovWorkflow.Server.Auth.Persistence;
using GovWorkflow.Server.Cases;
using GovWorkflow.Server.Events;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace GovWorkflow.Server.Hosting;

/// <summary>Composes the server: settings, samples, the durable runtime with the government activities, the desk, auth and the API.</summary>
public static class ServerComposition
{
    /// <summary>Registers every service of the server from the builder's configuration.</summary>
    /// <exception cref="DomainException">A setting or a sample file is wrong; the message names it.</exception>
    public static WebApplicationBuilder AddGovWorkflowServer(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var server = builder.Configuration.GetSection(ServerOptions.SectionName).Get<ServerOptions>() ?? new ServerOptions();
        var database = builder.Configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var problems = server.Validate();
        if (problems.Count > 0)
        {
            throw new DomainException([.. problems.Select(p => new DomainError("server.options-invalid", p, p))]);
        }

        var samples = ServerSamples.Load(ServerSamples.Locate(server.Samples, builder.Environment.ContentRootPath));
        var statutoryClock = new StatutoryClock(HolidayCalendarLoader.LoadBuiltIn(), new DeadlineOptions());
        var services = builder.Services;
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        services.AddSingleton(server);
        services.AddSingleton(DemoMode.Of(server, builder.Environment));
        services.AddSingleton(samples);
        services.AddSingleton(samples.Catalog);
        services.AddSingleton<ServerPeople>();

        var caseContexts = new PooledDbContextFactory<CaseDbContext>(RuntimeDatabase.BuildFor<CaseDbContext>(database, [], CaseDbContext.HistoryTable));
        var serverContexts = new PooledDbContextFactory<ServerDbContext>(RuntimeDatabase.BuildFor<ServerDbContext>(database, [], ServerDbContext.HistoryTable));
        services.AddSingleton<Func<CaseDbContext>>(caseContexts.CreateDbContext);
        services.AddSingleton<Func<ServerDbContext>>(serverContexts.CreateDbContext);
        var store = new EfCaseStore(caseContexts.CreateDbContext);
        var caseServices = new CaseServices(store, statutoryClock, new BundleRegistry(samples.Bundles));
        services.AddSingleton<ICaseStore>(store);
        services.AddSingleton(caseServices);
        foreach (var handler in CaseActivities.All(caseServices))
        {
            services.AddSingleton<IActivityHandler>(handler);
        }

        // Before the runtime's start-up: the case tables must exist before the activity worker runs a job.
        services.AddHostedService<ServerStartup>();
        services.AddGovWorkflowRuntime(new RuntimeOptions
        {
            Database = database,
            Engine = new EngineOptions { Zone = BusinessCalendar.Zone, Calendar = new StatutoryWorkingDays(statutoryClock) },
        });
        services.AddSingleton(sp => new DurableCaseWorkflow(
            sp.GetRequiredService<Func<RuntimeDbContext>>(), sp.GetRequiredService<WorkflowRuntime>(), sp.GetRequiredService<ActivityWorker>(), sp.GetRequiredService<IClock>()));
        services.AddSingleton(sp => new CaseDesk(
            sp.GetRequiredService<DurableCaseWorkflow>(), caseServices, sp.GetRequiredService<ServerPeople>().Directory, sp.GetRequiredService<IClock>()));
        services.AddCaseMaterials(builder.Configuration, database);
        services.AddTaskEvents(builder.Configuration);
        services.AddSingleton<IPasswordHasher<UserRecord>, PasswordHasher<UserRecord>>();
        services.AddSingleton<PasswordSignIn>();
        services.AddSingleton<PasswordPolicy>();
        services.AddSingleton<PasswordChange>();
        services.AddGovWorkflowAuth();
        services.AddProblemDetails(options => options.CustomizeProblemDetails = Problems.Customize);
        services.AddOpenApi();
        return builder;
    }
}
