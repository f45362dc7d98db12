using GovWorkflow.Runtime.Instances;
using GovWorkflow.Runtime.Persistence;
using GovWorkflow.Runtime.Tasks;
using GovWorkflow.Runtime.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace GovWorkflow.Runtime.Tests.Tasks;

/// <summary>Claim, transfer, delegate, resolve, urge and copy, run on each provider by the classes beside this one.</summary>
public abstract class TaskOperationsTests : IAsyncLifetime
{
    private ITestDatabase database = null!;
    private RuntimeHarness harness = null!;
    private TaskOperations operations = null!;

    public async Task InitializeAsync()
    {
        database = await CreateDatabaseAsync();
        harness = new RuntimeHarness(database);
        operations = new TaskOperations(harness.NewContext, harness.Clock);
        await harness.PublishAsync("sequence");
        await harness.StartAsync("sequence", "c1", ("department", "D"), ("approver", "zhang.san"));
    }

    public Task DisposeAsync() => database.DisposeAsync();

    private protected abstract Task<ITestDatabase> CreateDatabaseAsync();

    [Fact]
    public async Task Claim_UnassignedTask_SetsAssigneeBumpsVersionAndAuditsTheActor()
    {
        var task = await harness.OpenTaskAsync("c1", "receive");

        var outcome = await operations.ClaimAsync(task.Id, "li.si", task.Version);

        Assert.True(outcome.Succeeded, outcome.Message);
        var claimed = await harness.OpenTaskAsync("c1", "receive");
        Assert.Equal("li.si", claimed.Assignee);
        Assert.Equal(task.Version + 1, claimed.Version);
        await using var context = harness.NewContext();
        var audit = await context.Audit.OrderBy(a => a.Id).LastAsync();
        Assert.Equal(("task.claim", "li.si"), (audit.Action, audit.Actor));
        Assert.Contains("\"assignee\":\"li.si\"", audit.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Claim_TaskClaimedBySomebodyElse_IsRefusedAndUnclaimByOthersToo()
    {
        var task = await harness.OpenTaskAsync("c1", "receive");
        Assert.True((await operations.ClaimAsync(task.Id, "li.si", null)).Succeeded);

        Assert.Equal("runtime.task-claimed", (await operations.ClaimAsync(task.Id, "wang.wu", null)).Code);
        Assert.Equal("task.not-assignee", (await operations.UnclaimAsync(task.Id, "wang.wu", null)).Code);
        Assert.True((await operations.UnclaimAsync(task.Id, "li.si", null)).Succeeded);
        Assert.Null((await harness.OpenTaskAsync("c1", "receive")).Assignee);
    }

    [Fact]
    public async Task TwoConcurrentClaims_OfOneTask_ExactlyOneWins_TheOtherIsAConflict()
    {
        var task = await harness.OpenTaskAsync("c1", "receive");
        var other = new TaskOperations(harness.NewContext, harness.Clock);

        var both = await Task.WhenAll(
            Task.Run(() => operations.ClaimAsync(task.Id, "li.si", task.Version)),
            Task.Run(() => other.TransferAsync(task.Id, "wang.wu", "zhao.liu", null, task.Version)));

        Assert.Single(both, o => o.Succeeded);
        Assert.Single(both, o => o.Code == "runtime.conflict");
        var after = await harness.OpenTaskAsync("c1", "receive");
        Assert.Equal(task.Version + 1, after.Version);
        await using var context = harness.NewContext();
        Assert.Equal(1, await context.Audit.CountAsync(a => a.Action == "task.claim" || a.Action == "task.transfer"));
    }

    [Fact]
    public async Task Transfer_ChangesTheAssignee_AndTellsTheNewOne()
    {
        var task = await harness.OpenTaskAsync("c1", "receive");
        Assert.True((await operations.ClaimAsync(task.Id, "li.si", null)).Succeeded);

        Assert.Equal("task.not-assignee", (await operations.TransferAsync(task.Id, "wang.wu", "zhao.liu", null, null)).Code);
        Assert.True((await operations.TransferAsync(task.Id, "li.si", "zhao.liu", "请协助办理", null)).Succeeded);

        Assert.Equal("zhao.liu", (await harness.OpenTaskAsync("c1", "receive")).Assignee);
        await using var context = harness.NewContext();
        var notice = await context.Outbox.SingleAsync(o => o.Kind == "task.transferred");
        Assert.Contains("\"users\":[\"zhao.liu\"]", notice.Payload, StringComparison.Ordinal);
        Assert.Contains("请协助办理", notice.Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delegate_ThenResolve_TheOwnerGetsTheTaskBack()
    {
        var task = await harness.OpenTaskAsync("c1", "receive");
        Assert.True((await operations.ClaimAsync(task.Id, "li.si", null)).Succeeded);
        Assert.True((await operations.DelegateAsync(task.Id, "li.si", "zhao.liu", null, null)).Succeeded);

        var delegated = await harness.OpenTaskAsync("c1", "receive");
        Assert.Equal(("zhao.liu", "li.si"), (delegated.Assignee, delegated.Owner));
        Assert.Equal("task.delegated", (await operations.TransferAsync(task.Id, "zhao.liu", "wang.wu", null, null)).Code);
        Assert.Equal("task.not-assignee", (await operations.ResolveAsync(task.Id, "li.si", null, null)).Code);

        Assert.True((await operations.ResolveAsync(task.Id, "zhao.liu", "已核对", null)).Succeeded);
        var resolved = await harness.OpenTaskAsync("c1", "receive");
        Assert.Equal(("li.si", (string?)null), (resolved.Assignee, resolved.Owner));
        Assert.Equal("task.not-delegated", (await operations.ResolveAsync(task.Id, "li.si", null, null)).Code);
        // Someone else learns nothing about the task's state: not theirs, whether delegated or not.
        Assert.Equal("task.not-assignee", (await operations.ResolveAsync(task.Id, "wang.wu", null, null)).Code);
        await using var context = harness.NewContext();
        Assert.Equal(["task.delegated", "task.resolved"], await context.Outbox.OrderBy(o => o.Id).Select(o => o.Kind).ToListAsync());
    }

    [Fact]
    public async Task Urge_QueuedTask_TellsItsCandidates_AndChangesNothingOnTheTask()
    {
        var task = await harness.OpenTaskAsync("c1", "receive");

        Assert.True((await operations.UrgeAsync(task.Id, "supervisor.zhou", "请于今日办结")).Succeeded);

        Assert.Equal(task.Version, (await harness.OpenTaskAsync("c1", "receive")).Version);
        await using var context = harness.NewContext();
        var notice = await context.Outbox.SingleAsync(o => o.Kind == "task.urged");
        Assert.Contains("\"groups\":[\"clerk\"]", notice.Payload, StringComparison.Ordinal);
        Assert.Contains("\"departments\":[\"D\"]", notice.Payload, StringComparison.Ordinal);
        Assert.Equal("supervisor.zhou", (await context.Audit.SingleAsync(a => a.Action == "task.urge")).Actor);
    }

    [Fact]
    public async Task Copy_RecordsOneCopyPerPerson_ListedForThem_AndCopyingAgainAddsNone()
    {
        var task = await harness.OpenTaskAsync("c1", "receive");

        Assert.True((await operations.CopyAsync(task.Id, "li.si", ["zhao.liu", "wang.wu", "zhao.liu"], "供参阅")).Succeeded);
        Assert.True((await operations.CopyAsync(task.Id, "li.si", ["zhao.liu"], null)).Succeeded);

        await using var context = harness.NewContext();
        var copies = await CopyQueries.ForUser(context, "zhao.liu").ToListAsync();
        Assert.Equal(task.Id, Assert.Single(copies).TaskId);
        Assert.Equal(2, await context.TaskCopies.CountAsync());
        Assert.Equal(1, await context.Outbox.CountAsync(o => o.Kind == "task.copied"));
    }

    [Fact]
    public async Task Operations_OnAClosedTask_OrAtAStaleVersion_AreRefused()
    {
        var task = await harness.OpenTaskAsync("c1", "receive");
        Assert.Equal(RuntimeOutcomeKind.Conflict, (await operations.ClaimAsync(task.Id, "li.si", task.Version + 3)).Kind);
        Assert.True((await harness.CompleteAsync("c1", "receive", ("applicant", "示范餐饮有限公司"))).Succeeded);

        Assert.Equal("runtime.task-closed", (await operations.ClaimAsync(task.Id, "li.si", null)).Code);
        Assert.Equal("runtime.task-closed", (await operations.UrgeAsync(task.Id, "supervisor.zhou", null)).Code);
        Assert.Equal(RuntimeOutcomeKind.NotFound, (await operations.ClaimAsync(999_999, "li.si", null)).Kind);
        await using var context = harness.NewContext();
        Assert.Null((await context.Tasks.SingleAsync(t => t.Id == task.Id)).Assignee);
    }

    [Fact]
    public async Task AddedSigners_HoldTheCompletion_UntilEachHasSignedOrBeenWithdrawn()
    {
        var task = await harness.OpenTaskAsync("c1", "receive");

        Assert.True((await operations.AddSignersAsync(task.Id, "li.si", ["wang.wu", "zhao.liu"], "请会签意见", task.Version)).Succeeded);
        var held = await harness.OpenTaskAsync("c1", "receive");
        Assert.Equal(("li.si", task.Version + 1), (held.Assignee, held.Version));

        var refused = await harness.Runtime.CompleteTaskAsync(task.Id, RuntimeHarness.Vars(("applicant", "示范餐饮有限公司")), "li.si");
        Assert.Equal("task.signers-pending", refused.Code);
        Assert.Contains("wang.wu", refused.Message, StringComparison.Ordinal);

        Assert.Equal("task.not-signer", (await operations.SignAsync(task.Id, "qian.qi", agreed: true, null)).Code);
        Assert.Equal("task.signer-pending", (await operations.AddSignersAsync(task.Id, "li.si", ["wang.wu"], null, null)).Code);
        Assert.Equal("task.not-assignee", (await operations.RemoveSignerAsync(task.Id, "wang.wu", "zhao.liu")).Code);
        Assert.True((await operations.SignAsync(task.Id, "wang.wu", agreed: false, "经营面积与图纸不符")).Succeeded);
        Assert.Equal("task.signers-pending", (await harness.Runtime.CompleteTaskAsync(task.Id, RuntimeHarness.Vars(("applicant", "x")), "li.si")).Code);
        Assert.True((await operations.RemoveSignerAsync(task.Id, "li.si", "zhao.liu")).Succeeded);

        Assert.True((await harness.Runtime.CompleteTaskAsync(task.Id, RuntimeHarness.Vars(("applicant", "示范餐饮有限公司")), "li.si")).Succeeded);
        var signers = await operations.SignersAsync(task.Id);
        Assert.Equal(
            [("wang.wu", WorkStatus.Done, (bool?)false, "经营面积与图纸不符"), ("zhao.liu", WorkStatus.Cancelled, null, null)],
            signers.Select(s => (s.Signer, s.Status, s.Agreed, s.Opinion)));
        await using var context = harness.NewContext();
        Assert.Equal(
            ["task.sign-requested", "task.signed", "task.sign-withdrawn"],
            await context.Outbox.Where(o => o.Kind.StartsWith("task.sign")).OrderBy(o => o.Id).Select(o => o.Kind).ToListAsync());
        Assert.Contains(await context.Audit.Where(a => a.Action == "task.sign").Select(a => a.Detail).ToListAsync(), d => d!.Contains("不同意：经营面积与图纸不符", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AddingASigner_RacingTheCompletion_OneWins_TheOtherIsAConflict()
    {
        var task = await harness.OpenTaskAsync("c1", "receive");
        Assert.True((await operations.ClaimAsync(task.Id, "li.si", null)).Succeeded);
        var claimed = await harness.OpenTaskAsync("c1", "receive");

        var both = await Task.WhenAll(
            Task.Run(() => operations.AddSignersAsync(task.Id, "li.si", ["wang.wu"], null, claimed.Version)),
            Task.Run(() => harness.Runtime.CompleteTaskAsync(task.Id, RuntimeHarness.Vars(("applicant", "x")), "li.si", claimed.Version)));

        Assert.Single(both, o => o.Succeeded);
        Assert.Single(both, o => o.Kind == RuntimeOutcomeKind.Conflict || o.Code is "runtime.task-closed" or "task.signers-pending");
        await using var context = harness.NewContext();
        var completed = await context.Tasks.AnyAsync(t => t.Id == task.Id && t.Status == WorkStatus.Done);
        Assert.Equal(completed, !await context.TaskSigners.AnyAsync(s => s.TaskId == task.Id));
    }
}
