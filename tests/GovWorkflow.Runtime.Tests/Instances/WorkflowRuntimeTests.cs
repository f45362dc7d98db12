using GovWorkflow.Engine.Activities;
using GovWorkflow.Engine.Execution;
using GovWorkflow.Runtime.Instances;
using GovWorkflow.Runtime.Persistence;
using GovWorkflow.Runtime.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace GovWorkflow.Runtime.Tests.Instances;

/// <summary>The runtime's guarantees, run on each provider by the classes beside this one.</summary>
public abstract class WorkflowRuntimeTests : IAsyncLifetime
{
    private ITestDatabase database = null!;
    private RuntimeHarness harness = null!;

    public async Task InitializeAsync()
    {
        database = await CreateDatabaseAsync();
        harness = new RuntimeHarness(database);
    }

    public Task DisposeAsync() => database.DisposeAsync();

    private protected abstract Task<ITestDatabase> CreateDatabaseAsync();

    [Fact]
    public async Task Start_WritesStateTasksCandidatesBookmarksVariablesAndAudit_InOneStep()
    {
        await harness.PublishAsync("sequence");
        await harness.StartAsync("sequence", "2026-0001", ("department", "SFS-DCQ-SCJGJ"), ("approver", "zhang.san"));

        var task = await harness.OpenTaskAsync("2026-0001", "receive");
        Assert.Equal("收件", task.Name);
        Assert.Equal("SFS-DCQ-SCJGJ", task.Department);
        Assert.Contains(task.Candidates, c => c is { Kind: CandidateKind.Group, Value: "clerk" });
        Assert.Contains(task.Candidates, c => c is { Kind: CandidateKind.Department, Value: "SFS-DCQ-SCJGJ" });

        await using var context = harness.NewContext();
        var instance = await context.Instances.SingleAsync();
        Assert.Equal(InstanceStatus.Running, instance.Status);
        Assert.Equal(1, instance.DefinitionVersion);
        Assert.Equal(["receive"], await context.Bookmarks.Select(b => b.NodeId).ToListAsync());
        Assert.Equal(2, await context.Variables.CountAsync());
        var audit = await context.Audit.OrderBy(a => a.Id).Select(a => new { a.Action, a.Actor }).ToListAsync();
        Assert.Equal([new { Action = "definition.publish", Actor = "designer" }, new { Action = "instance.start", Actor = "clerk" }], audit);
    }

    [Fact]
    public async Task CompletingTasksAndActivities_AdvancesToTheEnd()
    {
        await harness.PublishAsync("sequence");
        await harness.StartAsync("sequence", "c1", ("department", "D"), ("approver", "zhang.san"));

        Assert.True((await harness.CompleteAsync("c1", "receive", ("applicant", "示范餐饮有限公司"))).Succeeded);
        long jobId;
        await using (var context = harness.NewContext())
        {
            var job = await context.ActivityJobs.SingleAsync();
            Assert.Equal("RegisterCase", job.ActivityType);
            jobId = job.Id;
        }

        Assert.True((await harness.Runtime.CompleteActivityAsync(jobId, ActivityResult.Of(RuntimeHarness.Vars(("caseNo", "2026-0001"))))).Succeeded);
        Assert.Equal(RuntimeOutcomeKind.AlreadyDone, (await harness.Runtime.CompleteActivityAsync(jobId, ActivityResult.Empty)).Kind);

        var approve = await harness.OpenTaskAsync("c1", "approve");
        Assert.Equal("zhang.san", approve.Assignee);
        Assert.True((await harness.CompleteAsync("c1", "approve")).Succeeded);

        var instance = await harness.InstanceAsync("c1");
        Assert.Equal(InstanceStatus.Completed, instance.Status);
        Assert.NotNull(instance.EndedAt);
        await using var check = harness.NewContext();
        Assert.Empty(await check.Bookmarks.ToListAsync());
        Assert.Equal("\"2026-0001\"", (await check.Variables.SingleAsync(v => v.Name == "caseNo")).Value);
        Assert.All(await check.Tasks.ToListAsync(), t => Assert.Equal(WorkStatus.Done, t.Status));
        Assert.Empty(await check.TaskCandidates.ToListAsync());
    }

    [Fact]
    public async Task TwoPeopleCompletingOneTask_ExactlyOneWins_TheOtherIsToldWhy()
    {
        await harness.PublishAsync("sequence");

        // Ten races, so that a window between reading the task and saving the step shows up if there is one.
        for (var race = 0; race < 10; race++)
        {
            var instanceId = "c" + race.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await harness.StartAsync("sequence", instanceId, ("department", "D"), ("approver", "a"));
            var task = await harness.OpenTaskAsync(instanceId, "receive");

            var outcomes = await Task.WhenAll(
                Task.Run(() => harness.Runtime.CompleteTaskAsync(task.Id, RuntimeHarness.Vars(("by", "li")), "li", task.Version)),
                Task.Run(() => harness.Runtime.CompleteTaskAsync(task.Id, RuntimeHarness.Vars(("by", "wang")), "wang", task.Version)));

            Assert.Single(outcomes, o => o.Succeeded);
            var loser = Assert.Single(outcomes, o => !o.Succeeded);
            Assert.Contains(loser.Code, new[] { "runtime.conflict", "runtime.task-closed" });
            Assert.False(string.IsNullOrWhiteSpace(loser.Message));
            await using var context = harness.NewContext();
            Assert.Single(await context.ActivityJobs.Where(j => j.InstanceId == instanceId).ToListAsync());
            Assert.Equal(2, (await context.Instances.SingleAsync(i => i.Id == instanceId)).Sequence);
        }
    }

    [Fact]
    public async Task ThreePeopleCompletingParallelTasksAtOnce_LoseNoStep_AndLosersAreToldToRetry()
    {
        await harness.PublishAsync("parallel");

        // Ten instances, so that two steps reading the same instance sequence show up if the sequence check is missing:
        // the later write would drop the earlier one's token and the join would never fire.
        for (var round = 0; round < 10; round++)
        {
            var instanceId = "p" + round.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await harness.StartAsync("parallel", instanceId);
            List<long> open;
            await using (var context = harness.NewContext())
            {
                open = await context.Tasks.Where(t => t.InstanceId == instanceId).Select(t => t.Id).ToListAsync();
            }

            for (var attempt = 0; open.Count > 0; attempt++)
            {
                Assert.True(attempt < 5, "The tasks were still not completed after five attempts.");
                var outcomes = await Task.WhenAll(open.Select(id => Task.Run(() => harness.Runtime.CompleteTaskAsync(id, RuntimeHarness.Vars(), "approver"))));
                Assert.All(outcomes, o => Assert.True(o.Succeeded || o.Code == "runtime.conflict", o.Code + ": " + o.Message));
                open = [.. open.Where((_, i) => !outcomes[i].Succeeded)];
            }

            var instance = await harness.InstanceAsync(instanceId);
            Assert.Equal(4, instance.Sequence);
            Assert.Equal(WorkStatus.Open, (await harness.OpenTaskAsync(instanceId, "deliver")).Status);
        }
    }

    [Fact]
    public async Task AStaleVersion_IsAConflict_AndChangesNothing()
    {
        await harness.PublishAsync("sequence");
        await harness.StartAsync("sequence", "c1", ("department", "D"), ("approver", "a"));
        var task = await harness.OpenTaskAsync("c1", "receive");

        var outcome = await harness.Runtime.CompleteTaskAsync(task.Id, RuntimeHarness.Vars(), "li", task.Version + 5);

        Assert.Equal(RuntimeOutcomeKind.Conflict, outcome.Kind);
        Assert.Equal("runtime.conflict", outcome.Code);
        Assert.Equal(WorkStatus.Open, (await harness.OpenTaskAsync("c1", "receive")).Status);
    }

    [Fact]
    public async Task AnEngineRefusal_RollsEverythingBack()
    {
        await harness.PublishAsync("no-default");
        await harness.StartAsync("noDefault", "c1");
        var before = await harness.InstanceAsync("c1");
        int auditBefore;
        await using (var context = harness.NewContext())
        {
            auditBefore = await context.Audit.CountAsync();
        }

        var outcome = await harness.CompleteAsync("c1", "check");

        Assert.Equal("engine.no-outgoing-flow", outcome.Code);
        var after = await harness.InstanceAsync("c1");
        Assert.Equal(before.State, after.State);
        Assert.Equal(before.Sequence, after.Sequence);
        Assert.Equal(WorkStatus.Open, (await harness.OpenTaskAsync("c1", "check")).Status);
        await using var check = harness.NewContext();
        Assert.Equal(auditBefore, await check.Audit.CountAsync());
    }

    [Fact]
    public async Task Timers_AreRowsFiredOnce_AndTasksCarryTheirDeadline()
    {
        await harness.PublishAsync("timers");
        await harness.StartAsync("timers", "c1", ("limit", 3));

        var review = await harness.OpenTaskAsync("c1", "review");
        Assert.Equal(Instant.FromUtc(2026, 3, 6, 0, 0), review.DueAt);
        Assert.True(review.BlueAt < review.YellowAt && review.YellowAt < review.DueAt);

        List<TimerRecord> timers;
        await using (var context = harness.NewContext())
        {
            timers = await context.Timers.OrderBy(t => t.DueAt).ToListAsync();
        }

        Assert.Equal(["remind", "overdue"], timers.Select(t => t.NodeId));
        Assert.Equal(timers.Select(t => t.DueAt), timers.Select(t => harness.Timers.Scheduled[t.Id]));

        var overdue = timers[1];
        Assert.Equal("runtime.timer-not-due", (await harness.Runtime.FireTimerAsync(overdue.Id)).Code);

        harness.Clock.Now = overdue.DueAt;
        Assert.True((await harness.Runtime.FireTimerAsync(overdue.Id)).Succeeded);
        Assert.Equal(RuntimeOutcomeKind.AlreadyDone, (await harness.Runtime.FireTimerAsync(overdue.Id)).Kind);

        await using var check = harness.NewContext();
        Assert.Equal(WorkStatus.Cancelled, (await check.Tasks.SingleAsync(t => t.NodeId == "review")).Status);
        Assert.Equal(WorkStatus.Cancelled, (await check.Timers.SingleAsync(t => t.NodeId == "remind")).Status);
        Assert.Contains(timers[0].Id, harness.Timers.Unscheduled);
        Assert.Single(await check.Tasks.Where(t => t.NodeId == "escalated" && t.Status == WorkStatus.Open).ToListAsync());
    }

    [Fact]
    public async Task Recovery_FiresMissedTimersOnceInDueOrder_AndSchedulesTheRest()
    {
        await harness.PublishAsync("timers");
        await harness.StartAsync("timers", "c1", ("limit", 3));
        await harness.StartAsync("timers", "c2", ("limit", 10));
        harness.Timers.Scheduled.Clear();

        // Down for two days: both reminders of both cases (R2/PT1H) are missed; no overdue timer is due yet.
        harness.Clock.Advance(Duration.FromDays(2));
        var (fired, scheduled) = await harness.Runtime.RecoverTimersAsync();

        Assert.Equal(2, fired);
        await using var context = harness.NewContext();
        var urges = await context.ActivityJobs.Where(j => j.ActivityType == "Urge").CountAsync();
        Assert.Equal(2, urges);
        var open = await context.Timers.Where(t => t.Status == WorkStatus.Open).ToListAsync();
        Assert.Equal(open.Count, scheduled + 2);
        Assert.All(open.Where(t => t.DueAt > harness.Clock.Now), t => Assert.True(harness.Timers.Scheduled.ContainsKey(t.Id)));

        // The second reminders were set by the first firing, already overdue: the next recovery fires them.
        (fired, _) = await harness.Runtime.RecoverTimersAsync();
        Assert.Equal(2, fired);
        (fired, _) = await harness.Runtime.RecoverTimersAsync();
        Assert.Equal(0, fired);
    }

    [Fact]
    public async Task CallActivity_StartsTheCalledProcess_AndReturnsItsVariables()
    {
        await harness.PublishAsync("call-activity");
        var child = """
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t">
              <process id="foodPermit" isExecutable="true">
                <startEvent id="s"/><sequenceFlow id="f1" sourceRef="s" targetRef="examine"/>
                <userTask id="examine" name="食品经营许可审查"/><sequenceFlow id="f2" sourceRef="examine" targetRef="e"/>
                <endEvent id="e"/>
              </process>
            </definitions>
            """;
        Assert.True((await harness.Definitions.PublishAsync(child, "food.bpmn", "designer")).Succeeded);

        await harness.StartAsync("bundle", "case-9", ("applicant", "示范餐饮有限公司"));
        string childId;
        await using (var lookup = harness.NewContext())
        {
            childId = await lookup.Instances.Where(i => i.ParentInstanceId == "case-9").Select(i => i.Id).SingleAsync();
        }

        Assert.StartsWith("case-9/", childId, StringComparison.Ordinal);
        var childTask = await harness.OpenTaskAsync(childId, "examine");
        Assert.True((await harness.Runtime.CompleteTaskAsync(childTask.Id, RuntimeHarness.Vars(("permitNo", "JY-1")), "approver")).Succeeded);

        var parent = await harness.InstanceAsync("case-9");
        var childInstance = await harness.InstanceAsync(childId);
        Assert.Equal(InstanceStatus.Completed, childInstance.Status);
        Assert.Equal("case-9", childInstance.ParentInstanceId);
        await using var context = harness.NewContext();
        Assert.Equal("\"JY-1\"", (await context.Variables.SingleAsync(v => v.InstanceId == "case-9" && v.Name == "foodPermitNo")).Value);
        Assert.Equal(InstanceStatus.Completed, parent.Status);
    }

    [Fact]
    public async Task CallingAnUnpublishedProcess_RefusesTheStart()
    {
        await harness.PublishAsync("call-activity");
        var outcome = await harness.Runtime.StartAsync("bundle", RuntimeHarness.Vars(("applicant", "x")), "clerk", "c1");

        Assert.Equal("runtime.process-not-published", outcome.Code);
        await using var context = harness.NewContext();
        Assert.Empty(await context.Instances.ToListAsync());
    }

    [Fact]
    public async Task CancellingAnInstance_CancelsItsTasksAndTimers()
    {
        await harness.PublishAsync("timers");
        await harness.StartAsync("timers", "c1", ("limit", 3));

        Assert.True((await harness.Runtime.CancelInstanceAsync("c1", "申请人撤回", "clerk")).Succeeded);

        await using var context = harness.NewContext();
        Assert.Equal(InstanceStatus.Terminated, (await context.Instances.SingleAsync()).Status);
        Assert.All(await context.Tasks.ToListAsync(), t => Assert.Equal(WorkStatus.Cancelled, t.Status));
        Assert.All(await context.Timers.ToListAsync(), t => Assert.Equal(WorkStatus.Cancelled, t.Status));
        Assert.Empty(harness.Timers.Scheduled);
    }

    [Fact]
    public async Task PublishingABrokenDefinition_SavesNothing_AndNamesTheProblem()
    {
        var outcome = await harness.Definitions.PublishAsync("<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"><process id=\"p\" isExecutable=\"true\"><startEvent id=\"s\"/><sequenceFlow id=\"f\" sourceRef=\"s\" targetRef=\"nowhere\"/></process></definitions>", "broken.bpmn", "designer");

        Assert.False(outcome.Succeeded);
        Assert.Contains(outcome.Problems, p => p.ElementId == "f" && p.File == "broken.bpmn");
        await using var context = harness.NewContext();
        Assert.Empty(await context.Definitions.ToListAsync());
    }

    [Fact]
    public async Task ARunningInstanceKeepsItsVersion_NewOnesTakeTheNewest()
    {
        await harness.PublishAsync("sequence");
        await harness.StartAsync("sequence", "old", ("department", "D"), ("approver", "a"));
        await harness.PublishAsync("sequence");
        await harness.StartAsync("sequence", "new", ("department", "D"), ("approver", "a"));

        Assert.Equal(1, (await harness.InstanceAsync("old")).DefinitionVersion);
        Assert.Equal(2, (await harness.InstanceAsync("new")).DefinitionVersion);
        Assert.True((await harness.CompleteAsync("old", "receive")).Succeeded);
    }
}
