using GovWorkflow.Engine.Activities;
using GovWorkflow.Engine.Execution;
using GovWorkflow.Runtime.Activities;
using GovWorkflow.Runtime.Instances;
using GovWorkflow.Runtime.Persistence;
using GovWorkflow.Runtime.Tests.Activities;
using GovWorkflow.Runtime.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace GovWorkflow.Runtime.Tests.Instances;

/// <summary>挂起 and 恢复, run on each provider by the classes beside this one.</summary>
public abstract class InstanceSuspensionTests : IAsyncLifetime
{
    private ITestDatabase database = null!;
    private RuntimeHarness harness = null!;
    private InstanceSuspension suspension = null!;

    public async Task InitializeAsync()
    {
        database = await CreateDatabaseAsync();
        harness = new RuntimeHarness(database);
        suspension = new InstanceSuspension(harness.NewContext, harness.Runtime, harness.Timers, harness.Clock);
        await harness.PublishAsync("timers");
        await harness.StartAsync("timers", "c1", ("limit", 3));
    }

    public Task DisposeAsync() => database.DisposeAsync();

    private protected abstract Task<ITestDatabase> CreateDatabaseAsync();

    [Fact]
    public async Task ASuspendedInstance_TakesNoStep_TimersWait_AndResumingFiresThoseDue()
    {
        Assert.True((await suspension.SuspendAsync("c1", "supervisor.zhou", "群众举报，核查期间暂停办理")).Succeeded);
        var instance = await harness.InstanceAsync("c1");
        Assert.Equal(("supervisor.zhou", harness.Clock.Now), (instance.SuspendedBy, instance.SuspendedAt!.Value));

        Assert.Equal(RuntimeOutcome.SuspendedCode, (await harness.CompleteAsync("c1", "review")).Code);
        harness.Clock.Advance(Duration.FromHours(2));
        var remind = await TimerAsync("remind");
        Assert.Equal(RuntimeOutcome.SuspendedCode, (await harness.Runtime.FireTimerAsync(remind.Id)).Code);
        Assert.Equal(WorkStatus.Open, (await TimerAsync("remind")).Status);
        Assert.Equal(RuntimeOutcome.SuspendedCode, (await suspension.SuspendAsync("c1", "admin", "再次挂起")).Code);

        harness.Timers.Scheduled.Clear();
        Assert.True((await suspension.ResumeAsync("c1", "supervisor.zhou", "核查完毕")).Succeeded);

        // The reminder due during the suspension fired at the resume (its next repetition is a new timer, due already
        // and fired by the next recovery); the overdue timer was triggered again at its own instant.
        await using var context = harness.NewContext();
        Assert.Equal(WorkStatus.Done, (await context.Timers.SingleAsync(t => t.Id == remind.Id)).Status);
        Assert.Equal(1, await context.ActivityJobs.CountAsync(j => j.ActivityType == "Urge"));
        var overdue = await context.Timers.SingleAsync(t => t.NodeId == "overdue");
        Assert.Equal(overdue.DueAt, harness.Timers.Scheduled[overdue.Id]);
        Assert.Null((await harness.InstanceAsync("c1")).SuspendedAt);
        Assert.True((await harness.CompleteAsync("c1", "review")).Succeeded);
        Assert.Equal(
            ["instance.suspend", "instance.resume"],
            await context.Audit.Where(a => a.Action == "instance.suspend" || a.Action == "instance.resume").OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.Equal("runtime.instance-not-suspended", (await suspension.ResumeAsync("c1", "admin", null)).Code);
    }

    [Fact]
    public async Task ASuspendedInstance_CanStillBeCancelled_AndItsJobsWaitForTheResume()
    {
        harness.Clock.Advance(Duration.FromHours(1));
        Assert.True((await harness.Runtime.FireTimerAsync((await TimerAsync("remind")).Id)).Succeeded);
        Assert.True((await suspension.SuspendAsync("c1", "supervisor.zhou", "暂停")).Succeeded);

        var urge = new ScriptedHandler("Urge", _ => ActivityResult.Of(new Dictionary<string, Engine.Expressions.FeelValue>(StringComparer.Ordinal)));
        var worker = new ActivityWorker(harness.NewContext, harness.Runtime, harness.Definitions, [urge], new ActivityWorkerOptions());
        Assert.Equal(0, await worker.RunOnceAsync(CancellationToken.None));

        Assert.True((await harness.Runtime.CancelInstanceAsync("c1", "申请人撤回申请", "applicant")).Succeeded);
        var instance = await harness.InstanceAsync("c1");
        Assert.Equal(InstanceStatus.Terminated, instance.Status);
        Assert.Equal("engine.instance-ended", (await suspension.ResumeAsync("c1", "admin", null)).Code);
        Assert.Empty(urge.Calls);
    }

    [Fact]
    public async Task SuspendingAnUnknownInstance_IsNotFound()
    {
        Assert.Equal(RuntimeOutcomeKind.NotFound, (await suspension.SuspendAsync("nope", "admin", "x")).Kind);
    }

    private async Task<TimerRecord> TimerAsync(string nodeId)
    {
        await using var context = harness.NewContext();
        return await context.Timers.AsNoTracking().OrderBy(t => t.Id).FirstAsync(t => t.NodeId == nodeId && t.InstanceId == "c1");
    }
}
