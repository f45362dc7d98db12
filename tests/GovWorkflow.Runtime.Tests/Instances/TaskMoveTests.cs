using GovWorkflow.Runtime.Instances;
using GovWorkflow.Runtime.Persistence;
using GovWorkflow.Runtime.Tasks;
using GovWorkflow.Runtime.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace GovWorkflow.Runtime.Tests.Instances;

/// <summary>退回 and 撤回, run on each provider by the classes beside this one.</summary>
public abstract class TaskMoveTests : IAsyncLifetime
{
    private ITestDatabase database = null!;
    private RuntimeHarness harness = null!;

    public async Task InitializeAsync()
    {
        database = await CreateDatabaseAsync();
        harness = new RuntimeHarness(database);
        await harness.PublishAsync("moves");
        await harness.StartAsync("moves", "c1", ("reviewer", "li.si"), ("signers", new[] { "a", "b" }));
    }

    public Task DisposeAsync() => database.DisposeAsync();

    private protected abstract Task<ITestDatabase> CreateDatabaseAsync();

    [Fact]
    public async Task SendBack_ReopensTheEarlierStepForWhoeverHandledIt_AndCancelsTheCurrentTaskWithItsTimers()
    {
        var accept = await CompleteAsync("accept", "clerk.wang", ("needsCorrection", false));
        var review = await harness.OpenTaskAsync("c1", "review");
        Assert.Equal("li.si", review.Assignee);

        var targets = await harness.Runtime.SendBackTargetsAsync(review.Id);
        var target = Assert.Single(targets);
        Assert.Equal(("accept", "受理", "clerk.wang"), (target.NodeId, target.Name, target.HandledBy));

        Assert.True((await harness.Runtime.SendBackAsync(review.Id, "accept", "li.si", "营业执照复印件不清晰", review.Version)).Succeeded);

        var reopened = await harness.OpenTaskAsync("c1", "accept");
        Assert.NotEqual(accept.Id, reopened.Id);
        Assert.Equal("clerk.wang", reopened.Assignee);
        await using var context = harness.NewContext();
        Assert.Equal(WorkStatus.Cancelled, (await context.Tasks.SingleAsync(t => t.Id == review.Id)).Status);
        Assert.Equal(WorkStatus.Cancelled, (await context.Timers.SingleAsync(t => t.NodeId == "reviewDue")).Status);
        Assert.Contains("营业执照复印件不清晰", (await context.Variables.SingleAsync(v => v.InstanceId == "c1" && v.Name == "sendBackReason")).Value, StringComparison.Ordinal);
        var notice = await context.Outbox.SingleAsync(o => o.Kind == "task.sent-back");
        Assert.Contains("\"users\":[\"clerk.wang\"]", notice.Payload, StringComparison.Ordinal);
        Assert.Equal("li.si", (await context.Audit.SingleAsync(a => a.Action == "task.send-back")).Actor);
    }

    [Fact]
    public async Task SendBack_ToAStepThatNeverRan_AcrossAParallelSplit_OrAtAStaleVersion_IsRefused()
    {
        await CompleteAsync("accept", "clerk.wang", ("needsCorrection", false));
        var review = await harness.OpenTaskAsync("c1", "review");

        Assert.Equal("task.send-back-target-invalid", (await harness.Runtime.SendBackAsync(review.Id, "correct", "li.si", null, null)).Code);
        Assert.Equal("task.send-back-target-invalid", (await harness.Runtime.SendBackAsync(review.Id, "review", "li.si", null, null)).Code);
        Assert.Equal(RuntimeOutcomeKind.Conflict, (await harness.Runtime.SendBackAsync(review.Id, "accept", "li.si", null, review.Version + 1)).Kind);

        await CompleteAsync("review", "li.si");
        var legal = await harness.OpenTaskAsync("c1", "legal");
        Assert.Empty(await harness.Runtime.SendBackTargetsAsync(legal.Id));
        Assert.Equal("engine.move-crosses-gateway", (await harness.Runtime.SendBackAsync(legal.Id, "review", "x", null, null)).Code);
        Assert.Equal(WorkStatus.Open, (await harness.OpenTaskAsync("c1", "legal")).Status);
    }

    [Fact]
    public async Task Withdraw_TakesACompletedTaskBack_WhileTheNextStepIsUntouched_AndOnlyByWhoeverCompletedIt()
    {
        var accept = await CompleteAsync("accept", "clerk.wang", ("needsCorrection", false));

        Assert.Equal("task.not-yours", (await harness.Runtime.WithdrawAsync(accept.Id, "clerk.liu", null)).Code);
        Assert.True((await harness.Runtime.WithdrawAsync(accept.Id, "clerk.wang", "漏录申请人电话")).Succeeded);

        var reopened = await harness.OpenTaskAsync("c1", "accept");
        Assert.Equal("clerk.wang", reopened.Assignee);
        await using (var context = harness.NewContext())
        {
            Assert.False(await context.Tasks.AnyAsync(t => t.NodeId == "review" && t.Status == WorkStatus.Open));
        }

        // Once the next step is taken up (here: its assignee asked a signer), it is too late.
        var again = await CompleteAsync("accept", "clerk.wang", ("needsCorrection", false));
        var review = await harness.OpenTaskAsync("c1", "review");
        var operations = new TaskOperations(harness.NewContext, harness.Clock);
        Assert.True((await operations.AddSignersAsync(review.Id, "li.si", ["wang.wu"], null, null)).Succeeded);
        Assert.Equal("task.withdraw-too-late", (await harness.Runtime.WithdrawAsync(again.Id, "clerk.wang", null)).Code);
        Assert.Equal("task.not-yours", (await harness.Runtime.WithdrawAsync(review.Id, "li.si", null)).Code);
    }

    private async Task<TaskRecord> CompleteAsync(string nodeId, string actor, params (string Name, object Value)[] variables)
    {
        var task = await harness.OpenTaskAsync("c1", nodeId);
        var outcome = await harness.Runtime.CompleteTaskAsync(task.Id, RuntimeHarness.Vars(variables), actor);
        Assert.True(outcome.Succeeded, outcome.Code + ": " + outcome.Message);
        return task;
    }
}
