using GovWorkflow.Activities.Calendar;
using GovWorkflow.Activities.Cases;
using GovWorkflow.Activities.Cases.Persistence;
using GovWorkflow.Activities.Desk;
using GovWorkflow.Activities.Samples;
using GovWorkflow.Domain.Calendar;
using GovWorkflow.Domain.Deadlines;
using GovWorkflow.Engine.Execution;
using GovWorkflow.Runtime.Activities;
using GovWorkflow.Runtime.Definitions;
using GovWorkflow.Runtime.Instances;
using GovWorkflow.Runtime.Persistence;

namespace GovWorkflow.Activities.Scenarios;

/// <summary>
/// The durable runtime and the case records on one database, with the bundle's workflow published and the sample
/// licences imported, ready to play scenarios under time travel (<c>govwf run</c>, the scenario tests).
/// </summary>
public sealed class DurableCases
{
    private DurableCases(ScenarioRunner runner, CaseDesk desk, ICaseStore store, Func<RuntimeDbContext> runtimeContexts)
    {
        Runner = runner;
        Desk = desk;
        Store = store;
        RuntimeContexts = runtimeContexts;
    }

    /// <summary>Plays scenarios.</summary>
    public ScenarioRunner Runner { get; }

    /// <summary>People's actions.</summary>
    public CaseDesk Desk { get; }

    /// <summary>The case records.</summary>
    public ICaseStore Store { get; }

    /// <summary>The runtime's database, for inspection.</summary>
    public Func<RuntimeDbContext> RuntimeContexts { get; }

    /// <summary>Opens the database (migrating both schemas), publishes the bundle's workflow and imports the sample licences.</summary>
    public static async Task<DurableCases> OpenAsync(DatabaseOptions database, SampleSet samples, StatutoryClock statutoryClock, TravelClock clock, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(samples);
        var runtimeOptions = RuntimeDatabase.Build(database);
        var caseOptions = RuntimeDatabase.BuildFor<CaseDbContext>(database, [], CaseDbContext.HistoryTable);
        RuntimeDbContext RuntimeContext() => new(runtimeOptions);
        CaseDbContext CaseContext() => new(caseOptions);
        await using (var context = RuntimeContext())
        {
            await RuntimeDatabase.MigrateAsync(context, cancellationToken).ConfigureAwait(false);
        }

        await using (var context = CaseContext())
        {
            await RuntimeDatabase.MigrateAsync(context, cancellationToken).ConfigureAwait(false);
        }

        var store = new EfCaseStore(CaseContext);
        await store.ImportLicensesAsync(samples.Licenses, cancellationToken).ConfigureAwait(false);
        var engine = new EngineOptions { Zone = BusinessCalendar.Zone, Calendar = new StatutoryWorkingDays(statutoryClock) };
        var definitions = new DefinitionService(RuntimeContext, clock, engine);
        var published = await definitions.PublishAsync(await File.ReadAllTextAsync(samples.Bundle.WorkflowPath, cancellationToken).ConfigureAwait(false), Path.GetFileName(samples.Bundle.WorkflowPath), "system", cancellationToken).ConfigureAwait(false);
        if (!published.Succeeded)
        {
            throw new ScenarioException(new Domain.Errors.DomainError("scenario.workflow-invalid", $"流程 {samples.Bundle.WorkflowPath} 不能发布：{string.Join("；", published.Problems.Select(p => p.ToString()))}", "The bundle's workflow cannot be published."));
        }

        var services = new CaseServices(store, statutoryClock, new BundleRegistry([samples.Bundle]));
        var runtime = new WorkflowRuntime(RuntimeContext, definitions, new ManualTimerScheduler(), clock);
        var worker = new ActivityWorker(RuntimeContext, runtime, definitions, CaseActivities.All(services), new ActivityWorkerOptions());
        var desk = new CaseDesk(new DurableCaseWorkflow(RuntimeContext, runtime, worker, clock), services, samples.People, clock);
        return new DurableCases(new ScenarioRunner(desk, clock, services, samples.People), desk, store, RuntimeContext);
    }
}
