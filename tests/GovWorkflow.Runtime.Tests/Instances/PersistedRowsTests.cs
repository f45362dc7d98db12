using System.Globalization;
using System.Text;
using GovWorkflow.Engine.Activities;
using GovWorkflow.Runtime.Instances;
using GovWorkflow.Runtime.Persistence;
using GovWorkflow.Runtime.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace GovWorkflow.Runtime.Tests.Instances;

/// <summary>
/// Runs every kind of command over the engine's test processes and compares all rows written, as stored, with one
/// verified file for both providers: what the inboxes, the audit and other builds read must not change by accident.
/// </summary>
public abstract class PersistedRowsTests : IAsyncLifetime
{
    private const string FoodPermit = """
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t">
          <process id="foodPermit" isExecutable="true">
            <startEvent id="s"/><sequenceFlow id="f1" sourceRef="s" targetRef="examine"/>
            <userTask id="examine" name="食品经营许可审查" gov:candidateUsers="li.si,wang.wu" xmlns:gov="https://schemas.govworkflow.org/bpmn/gov/1.0"/>
            <sequenceFlow id="f2" sourceRef="examine" targetRef="e"/>
            <endEvent id="e"/>
          </process>
        </definitions>
        """;

    /// <summary>In one step: a task with a deadline timer and an activity are created, and a terminate end cancels them.</summary>
    private const string Doomed = """
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:gov="https://schemas.govworkflow.org/bpmn/gov/1.0" id="d" targetNamespace="t">
          <process id="doomed" isExecutable="true">
            <startEvent id="s"/><sequenceFlow id="f1" sourceRef="s" targetRef="fork"/>
            <parallelGateway id="fork"/>
            <sequenceFlow id="f2" sourceRef="fork" targetRef="job"/>
            <sequenceFlow id="f3" sourceRef="fork" targetRef="task"/>
            <sequenceFlow id="f4" sourceRef="fork" targetRef="stop"/>
            <serviceTask id="job" gov:activity="Doomed"/>
            <userTask id="task" name="注定撤销" gov:candidateGroups="clerk"/>
            <boundaryEvent id="late" attachedToRef="task"><timerEventDefinition><timeDuration>PT1H</timeDuration></timerEventDefinition></boundaryEvent>
            <endEvent id="stop"><terminateEventDefinition/></endEvent>
          </process>
        </definitions>
        """;

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
    public async Task EveryCommandKind_WritesTheVerifiedRows()
    {
        foreach (var fixture in new[] { "sequence", "timers", "call-activity", "errors", "more-events", "event-gateway", "multi-instance" })
        {
            await harness.PublishAsync(fixture);
        }

        Assert.True((await harness.Definitions.PublishAsync(FoodPermit, "food.bpmn", "designer")).Succeeded);
        Assert.True((await harness.Definitions.PublishAsync(Doomed, "doomed.bpmn", "designer")).Succeeded);

        // Tasks with candidates, an activity, variables changed by a completion.
        await harness.StartAsync("sequence", "s1", ("department", "SFS-DCQ"), ("approver", "zhang.san"));
        Ok(await harness.CompleteAsync("s1", "receive", ("applicant", "示范餐饮有限公司"), ("department", "SFS-XCQ")));
        Ok(await harness.Runtime.CompleteActivityAsync(await OpenJobAsync("s1", "RegisterCase"), ActivityResult.Of(RuntimeHarness.Vars(("caseNo", "2026-0001")))));
        Ok(await harness.CompleteAsync("s1", "approve"));

        // Timers: a repeating reminder, an interrupting deadline that cancels the task and the reminder.
        await harness.StartAsync("timers", "t1", ("limit", 3));
        harness.Clock.Advance(Duration.FromHours(1));
        Ok(await harness.Runtime.FireTimerAsync(await OpenTimerAsync("t1", "remind")));
        Ok(await harness.Runtime.CompleteActivityAsync(await OpenJobAsync("t1", "Urge"), ActivityResult.Empty));
        var overdue = await OpenTimerAsync("t1", "overdue");
        harness.Clock.Now = await DueAtAsync(overdue);
        Ok(await harness.Runtime.FireTimerAsync(overdue));
        Ok(await harness.CompleteAsync("t1", "escalated"));
        await harness.StartAsync("timers", "t2", ("limit", 5));
        Ok(await harness.Runtime.CancelInstanceAsync("t2", "申请人撤回", "clerk"));

        // Call activities: a child that returns its variables; a parent cancelled with its child.
        await harness.StartAsync("bundle", "b1", ("applicant", "示范餐饮有限公司"));
        Ok(await harness.Runtime.CompleteTaskAsync((await harness.OpenTaskAsync(await ChildOfAsync("b1"), "examine")).Id, RuntimeHarness.Vars(("permitNo", "JY-1")), "li.si"));
        await harness.StartAsync("bundle", "b2", ("applicant", "另一家公司"));
        Ok(await harness.Runtime.CancelInstanceAsync("b2", "撤回", "clerk"));

        // Errors and escalations: caught by boundaries, a failed activity, an uncaught escalation in the outbox.
        await harness.StartAsync("errors", "e1");
        Ok(await harness.CompleteAsync("e1", "inspect", ("fake", false)));
        Ok(await harness.Runtime.FailActivityAsync(await OpenJobAsync("e1", "LicenseLookup"), "REGISTRY_DOWN", "登记系统不可用"));
        Ok(await harness.CompleteAsync("e1", "manual"));
        await harness.StartAsync("errors", "e2");
        Ok(await harness.CompleteAsync("e2", "inspect", ("fake", true)));

        // Messages: a non-interrupting and an interrupting boundary, an event gateway.
        await harness.StartAsync("moreEvents", "m1", ("overdue", true));
        Ok(await harness.Runtime.DeliverMessageAsync("m1", "supplement", RuntimeHarness.Vars(("materials", new[] { "营业执照", "身份证" })), "applicant"));
        Ok(await harness.CompleteAsync("m1", "review"));
        await harness.StartAsync("moreEvents", "m2", ("overdue", false));
        Ok(await harness.Runtime.DeliverMessageAsync("m2", "recall", RuntimeHarness.Vars(), "applicant"));
        await harness.StartAsync("eventGateway", "g1");
        Ok(await harness.CompleteAsync("g1", "accepted"));
        Ok(await harness.Runtime.DeliverMessageAsync("g1", "materials-supplied", RuntimeHarness.Vars(("supplied", true)), "applicant"));
        Ok(await harness.CompleteAsync("g1", "approve"));
        await harness.StartAsync("eventGateway", "g2");
        Ok(await harness.CompleteAsync("g2", "accepted"));
        var gatewayTimer = await OpenTimerAsync("g2", "dueDate");
        harness.Clock.Now = await DueAtAsync(gatewayTimer);
        Ok(await harness.Runtime.FireTimerAsync(gatewayTimer));

        // Multi-instance: parallel votes with assignees ending early, sequential departments as candidates.
        await harness.StartAsync("multiInstance", "mi1", ("members", new[] { "a", "b", "c" }), ("departments", new[] { "X", "Y" }));
        foreach (var member in new[] { "a", "b" })
        {
            long voteId;
            await using (var context = harness.NewContext())
            {
                voteId = await context.Tasks.Where(t => t.InstanceId == "mi1" && t.Assignee == member).Select(t => t.Id).SingleAsync();
            }

            Ok(await harness.Runtime.CompleteTaskAsync(voteId, RuntimeHarness.Vars(("vote", "yes")), member));
        }

        Ok(await harness.CompleteAsync("mi1", "inspect"));
        Ok(await harness.CompleteAsync("mi1", "inspect"));

        // Open tasks keep their candidates; rows created and cancelled by one step end cancelled, with no trigger.
        await harness.StartAsync("sequence", "s2", ("department", "SFS-DCQ"), ("approver", "zhang.san"));
        await harness.StartAsync("foodPermit", "f1");
        await harness.StartAsync("doomed", "d1");

        var dump = new StringBuilder();
        await using (var context = harness.NewContext())
        {
            dump.Append(await RowDump.OfAsync(context));
        }

        foreach (var (id, dueAt) in harness.Timers.Scheduled.OrderBy(p => p.Key))
        {
            dump.Append(CultureInfo.InvariantCulture, $"Scheduled: {id} {dueAt}\n");
        }

        dump.Append("Unscheduled: ").AppendJoin(' ', harness.Timers.Unscheduled.Order()).Append('\n');
        Golden.AssertMatches(Path.Combine(RepositoryPaths.Root, "tests", "GovWorkflow.Runtime.Tests", "Instances", nameof(PersistedRowsTests) + ".verified.txt"), dump.ToString(), database.Provider.ToString());
    }

    private static void Ok(RuntimeOutcome outcome) => Assert.True(outcome.Succeeded, outcome.Code + ": " + outcome.Message);

    private async Task<long> OpenJobAsync(string instanceId, string activityType)
    {
        await using var context = harness.NewContext();
        return await context.ActivityJobs.Where(j => j.InstanceId == instanceId && j.ActivityType == activityType && j.Status == WorkStatus.Open).Select(j => j.Id).SingleAsync();
    }

    private async Task<long> OpenTimerAsync(string instanceId, string nodeId)
    {
        await using var context = harness.NewContext();
        return await context.Timers.Where(t => t.InstanceId == instanceId && t.NodeId == nodeId && t.Status == WorkStatus.Open).Select(t => t.Id).SingleAsync();
    }

    private async Task<Instant> DueAtAsync(long timerId)
    {
        await using var context = harness.NewContext();
        return await context.Timers.Where(t => t.Id == timerId).Select(t => t.DueAt).SingleAsync();
    }

    private async Task<string> ChildOfAsync(string parentId)
    {
        await using var context = harness.NewContext();
        return await context.Instances.Where(i => i.ParentInstanceId == parentId).Select(i => i.Id).SingleAsync();
    }
}
