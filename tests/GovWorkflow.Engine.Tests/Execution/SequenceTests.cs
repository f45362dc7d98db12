using GovWorkflow.Engine.Execution;
using GovWorkflow.Engine.Tests.TestSupport;

namespace GovWorkflow.Engine.Tests.Execution;

public sealed class SequenceTests
{
    [Fact]
    public void UserTask_IsCreatedWithItsAssignmentEvaluated()
    {
        var run = ProcessRun.Start("sequence", ("department", "SFS-DCQ-SCJGJ"), ("approver", "zhang.san"));

        var task = Assert.Single(run.Effects.OfType<TaskCreated>());
        Assert.Equal("receive", task.NodeId);
        Assert.Equal("收件", task.Name);
        Assert.Null(task.Assignee);
        Assert.Equal(["clerk"], task.CandidateGroups);
        Assert.Equal(["SFS-DCQ-SCJGJ"], task.CandidateDepartments);
        Assert.Equal("receive-form", task.FormKey);
        Assert.Equal(task.BookmarkKey, run.Bookmark("receive").Key);
    }

    [Fact]
    public void ServiceTask_AsksTheRuntimeToRunItsActivityWithTheVisibleVariables()
    {
        var run = ProcessRun.Start("sequence", ("department", "SFS-DCQ-SCJGJ"), ("approver", "zhang.san"));
        run.Complete("receive", ("applicant", "示范餐饮有限公司"));

        var request = Assert.Single(run.Last.Effects.OfType<ActivityRequested>());
        Assert.Equal("RegisterCase", request.ActivityType);
        Assert.Equal("示范餐饮有限公司", request.Variables["applicant"].AsString);

        run.CompleteActivity("register", ("caseNo", "2026-0001"));
        var approve = Assert.Single(run.Last.Effects.OfType<TaskCreated>());
        Assert.Equal("zhang.san", approve.Assignee);

        run.Complete("approve");
        Assert.Equal(InstanceStatus.Completed, run.State.Status);
        Assert.Equal(new InstanceEnded(InstanceStatus.Completed), run.Last.Effects[^1]);
        Assert.Empty(run.State.Bookmarks);
        Assert.Empty(run.State.Elements);
        Assert.Equal("2026-0001", run.State.Variables["caseNo"].AsString);
        Assert.Equal(["start", "receive", "register", "approve", "end"], run.Completed);
    }

    [Fact]
    public void CompletingATaskTwice_IsRefusedAndChangesNothing()
    {
        var run = ProcessRun.Start("sequence", ("department", "D"), ("approver", "a"));
        var key = run.Bookmark("receive").Key;
        run.Must(new CompleteTask(key, Vars.None));
        var before = InstanceStateJson.Serialize(run.State);

        var second = run.Try(new CompleteTask(key, Vars.None));

        Assert.False(second.Succeeded);
        Assert.Equal("engine.bookmark-missing", second.Refusal!.Code);
        Assert.Empty(second.Effects);
        Assert.Equal(before, InstanceStateJson.Serialize(run.State));
    }

    [Fact]
    public void CompletingAServiceTaskAsAUserTask_IsRefused()
    {
        var run = ProcessRun.Start("sequence", ("department", "D"), ("approver", "a"));
        run.Complete("receive");

        var wrong = run.Try(new CompleteTask(run.Bookmark("register").Key, Vars.None));

        Assert.Equal("engine.bookmark-kind", wrong.Refusal!.Code);
        Assert.Equal("register", wrong.Refusal.ElementId);
    }

    [Fact]
    public void TheGivenStateIsNeverChanged()
    {
        var run = ProcessRun.Start("sequence", ("department", "D"), ("approver", "a"));
        var original = run.State;
        var snapshot = InstanceStateJson.Serialize(original);

        run.Complete("receive");

        Assert.NotSame(original, run.State);
        Assert.Equal(snapshot, InstanceStateJson.Serialize(original));
        Assert.Equal(original.Sequence + 1, run.State.Sequence);
    }

    [Fact]
    public void AnEndedInstance_RefusesEveryStimulus()
    {
        var run = ProcessRun.Start("sequence", ("department", "D"), ("approver", "a"));
        run.Must(new CancelInstance("申请人撤回"));
        Assert.Equal(InstanceStatus.Terminated, run.State.Status);
        Assert.Contains(run.Last.Effects, e => e is BookmarkCancelled { NodeId: "receive", Kind: BookmarkKind.Task });

        var late = run.Try(new CompleteTask(1, Vars.None));

        Assert.Equal("engine.instance-ended", late.Refusal!.Code);
    }
}
