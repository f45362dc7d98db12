using GovWorkflow.Engine.Activities;
using GovWorkflow.Engine.Execution;
using GovWorkflow.Engine.Expressions;
using GovWorkflow.Runtime.Activities;
using GovWorkflow.Runtime.Persistence;
using GovWorkflow.Runtime.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace GovWorkflow.Runtime.Tests.Activities;

public sealed class ActivityWorkerTests : SqliteRuntimeTests
{
    [Fact]
    public async Task AHandledActivity_CompletesWithItsOutputs_Once()
    {
        await Harness.PublishAsync("sequence");
        await Harness.StartAsync("sequence", "c1", ("department", "D"), ("approver", "a"));
        await Harness.CompleteAsync("c1", "receive", ("applicant", "示范餐饮有限公司"));
        var register = new ScriptedHandler("RegisterCase", request =>
        {
            Assert.Equal("示范餐饮有限公司", request.Variables["applicant"].AsString);
            return ActivityResult.Of(new Dictionary<string, FeelValue>(StringComparer.Ordinal) { ["caseNo"] = FeelValue.String("2026-0001") });
        });
        var worker = Worker(register);

        Assert.Equal(1, await worker.RunOnceAsync(CancellationToken.None));
        Assert.Equal(0, await worker.RunOnceAsync(CancellationToken.None));

        Assert.Single(register.Calls);
        Assert.Equal(WorkStatus.Open, (await Harness.OpenTaskAsync("c1", "approve")).Status);
        Assert.Equal("2026-0001", await VariableAsync("c1", "caseNo"));
    }

    [Fact]
    public async Task ABpmnError_IsCaughtByTheBoundaryEvent()
    {
        await Harness.PublishAsync("errors");
        await Harness.StartAsync("errors", "c1");
        await Harness.CompleteAsync("c1", "inspect", ("fake", false));
        var worker = Worker(new ScriptedHandler("LicenseLookup", _ => throw new BpmnErrorException("REGISTRY_DOWN", "电子证照库不可用")));

        await worker.RunOnceAsync(CancellationToken.None);

        Assert.Equal("manual", (await Harness.OpenTaskAsync("c1", "manual")).NodeId);
    }

    [Fact]
    public async Task AFailingActivity_IsRetried_ThenRaisedAsActivityFailed()
    {
        await Harness.PublishAsync("errors");
        await Harness.StartAsync("errors", "c1");
        await Harness.CompleteAsync("c1", "inspect", ("fake", false));
        var handler = new ScriptedHandler("LicenseLookup", _ => throw new InvalidOperationException("网络超时"));
        var worker = Worker(handler);

        for (var attempt = 0; attempt < 3; attempt++)
        {
            await worker.RunOnceAsync(CancellationToken.None);
        }

        Assert.Equal(3, handler.Calls.Count);
        var instance = await Harness.InstanceAsync("c1");
        Assert.Equal(InstanceStatus.Failed, instance.Status);
        await using var context = Harness.NewContext();
        var job = await context.ActivityJobs.SingleAsync();
        Assert.Equal(3, job.Attempts);
        Assert.Equal("网络超时", job.LastError);
        Assert.Equal(WorkStatus.Done, job.Status);
    }

    [Fact]
    public async Task AResultTheEngineRefuses_CountsAsAFailedAttempt_ThenRaisedAsActivityFailed()
    {
        await Harness.PublishAsync("activity-refusal");
        await Harness.StartAsync("activity-refusal", "c1");

        // Outputs no flow of the next gateway takes: the completion is refused every time it is tried.
        var handler = new ScriptedHandler("Classify", _ => ActivityResult.Of(new Dictionary<string, FeelValue>(StringComparer.Ordinal) { ["kind"] = FeelValue.String("unknown") }));
        var worker = Worker(handler);

        for (var attempt = 0; attempt < 3; attempt++)
        {
            await worker.RunOnceAsync(CancellationToken.None);
        }

        Assert.Equal(0, await worker.RunOnceAsync(CancellationToken.None));
        Assert.Equal(3, handler.Calls.Count);
        Assert.Equal(InstanceStatus.Failed, (await Harness.InstanceAsync("c1")).Status);
        await using var context = Harness.NewContext();
        var job = await context.ActivityJobs.SingleAsync();
        Assert.Equal(WorkStatus.Done, job.Status);
        Assert.StartsWith("结果被拒绝（engine.", job.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AJobNoHandlerServes_StaysOpen()
    {
        await Harness.PublishAsync("sequence");
        await Harness.StartAsync("sequence", "c1", ("department", "D"), ("approver", "a"));
        await Harness.CompleteAsync("c1", "receive");

        Assert.Equal(0, await Worker().RunOnceAsync(CancellationToken.None));

        await using var context = Harness.NewContext();
        Assert.Equal(WorkStatus.Open, (await context.ActivityJobs.SingleAsync()).Status);
    }

    [Fact]
    public async Task RunningOneCasesJobs_LeavesTheOtherCasesJobsOpen()
    {
        await Harness.PublishAsync("sequence");
        foreach (var id in new[] { "c1", "c10", "c2" })
        {
            await Harness.StartAsync("sequence", id, ("department", "D"), ("approver", "a"));
            await Harness.CompleteAsync(id, "receive", ("applicant", "示范餐饮有限公司"));
        }

        var register = new ScriptedHandler("RegisterCase", _ => ActivityResult.Of(new Dictionary<string, FeelValue>(StringComparer.Ordinal)));
        var worker = Worker(register);

        Assert.Equal(1, await worker.RunOnceAsync("c1", CancellationToken.None));
        Assert.Equal(0, await worker.RunOnceAsync("c1", CancellationToken.None));

        await using var context = Harness.NewContext();
        var open = await context.ActivityJobs.Where(j => j.Status == WorkStatus.Open).Select(j => j.InstanceId).OrderBy(i => i).ToListAsync();
        Assert.Equal(["c10", "c2"], open);
        Assert.Equal(2, await worker.RunOnceAsync(CancellationToken.None));
    }

    private ActivityWorker Worker(params IActivityHandler[] handlers) =>
        new(Harness.NewContext, Harness.Runtime, Harness.Definitions, handlers, new ActivityWorkerOptions());

    private async Task<string> VariableAsync(string instanceId, string name)
    {
        await using var context = Harness.NewContext();
        var json = await context.Variables.Where(v => v.InstanceId == instanceId && v.Name == name).Select(v => v.Value).SingleAsync();
        return FeelJson.Deserialize(json).AsString;
    }
}
