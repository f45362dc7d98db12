using GovWorkflow.Engine.Execution;
using GovWorkflow.Engine.Expressions;
using GovWorkflow.Runtime.Definitions;
using GovWorkflow.Runtime.Instances;
using GovWorkflow.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace GovWorkflow.Runtime.Tests.TestSupport;

/// <summary>A runtime on a fresh, migrated database of either provider, with a clock the test moves and a recording timer scheduler.</summary>
internal sealed class RuntimeHarness
{
    public static readonly Instant Start = Instant.FromUtc(2026, 3, 2, 1, 0);

    private readonly ITestDatabase database;

    public RuntimeHarness(ITestDatabase database)
    {
        this.database = database;

        var engine = new EngineOptions { Zone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"], Calendar = new WeekdayCalendar() };
        Definitions = new DefinitionService(NewContext, Clock, engine);
        Runtime = new WorkflowRuntime(NewContext, Definitions, Timers, Clock);
    }

    public MutableClock Clock { get; } = new(Start);

    public RecordingTimerScheduler Timers { get; } = new();

    public DefinitionService Definitions { get; }

    public WorkflowRuntime Runtime { get; }

    public RuntimeDbContext NewContext() => database.CreateContext();

    public static string Fixture(string name) =>
        File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "GovWorkflow.Engine.Tests", "Execution", "Processes", name + ".bpmn"));

    public async Task PublishAsync(string fixture)
    {
        var published = await Definitions.PublishAsync(Fixture(fixture), fixture + ".bpmn", "designer");
        Assert.True(published.Succeeded, string.Join('\n', published.Problems));
    }

    public async Task StartAsync(string processId, string instanceId, params (string Name, object Value)[] variables)
    {
        var outcome = await Runtime.StartAsync(processId, Vars(variables), "clerk", instanceId);
        Assert.True(outcome.Succeeded, outcome.Code + ": " + outcome.Message);
    }

    public async Task<TaskRecord> OpenTaskAsync(string instanceId, string nodeId)
    {
        await using var context = NewContext();
        return await context.Tasks.AsNoTracking().Include(t => t.Candidates)
            .SingleAsync(t => t.InstanceId == instanceId && t.NodeId == nodeId && t.Status == WorkStatus.Open);
    }

    public async Task<RuntimeOutcome> CompleteAsync(string instanceId, string nodeId, params (string Name, object Value)[] variables)
    {
        var task = await OpenTaskAsync(instanceId, nodeId);
        return await Runtime.CompleteTaskAsync(task.Id, Vars(variables), "approver");
    }

    public async Task<InstanceRecord> InstanceAsync(string instanceId)
    {
        await using var context = NewContext();
        return await context.Instances.AsNoTracking().SingleAsync(i => i.Id == instanceId);
    }

    public static Dictionary<string, FeelValue> Vars(params (string Name, object Value)[] variables) =>
        GovWorkflow.Testing.Vars.Of([.. variables.Select(v => (v.Name, (object?)v.Value))]);
}
