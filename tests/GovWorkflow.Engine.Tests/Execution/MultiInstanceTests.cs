using GovWorkflow.Engine.Execution;
using GovWorkflow.Engine.Tests.TestSupport;

namespace GovWorkflow.Engine.Tests.Execution;

public sealed class MultiInstanceTests
{
    private static readonly string[] Members = ["li", "wang", "zhao", "qian", "sun"];

    [Fact]
    public void ParallelVote_OneTaskPerMember_EndsAtSixtyPercent()
    {
        var run = ProcessRun.Start("multi-instance", ("members", Members), ("departments", new[] { "SFS-XFJ", "SFS-RFB" }));
        var tasks = run.Effects.OfType<TaskCreated>().ToList();
        Assert.Equal(Members, tasks.Select(t => t.Assignee));
        Assert.Equal([1, 2, 3, 4, 5], tasks.Select(t => t.LoopCounter));

        run.Must(new CompleteTask(tasks[0].BookmarkKey, Vars.Of(("vote", "agree"))));
        run.Must(new CompleteTask(tasks[3].BookmarkKey, Vars.None));
        Assert.Equal(3, run.State.Bookmarks.Count(b => b.NodeId == "vote"));

        run.Must(new CompleteTask(tasks[4].BookmarkKey, Vars.None));

        Assert.Equal(2, run.Last.Effects.OfType<BookmarkCancelled>().Count(c => c.NodeId == "vote"));
        Assert.Contains(run.Last.Effects, c => c is BookmarkCancelled { NodeId: "voteTimeout" });
        Assert.Equal(["inspect"], run.Waiting);
    }

    [Fact]
    public void SequentialInspection_OneDepartmentAtATime()
    {
        var run = ProcessRun.Start("multi-instance", ("members", new[] { "li" }), ("departments", new[] { "SFS-XFJ", "SFS-RFB" }));
        run.Complete("vote");

        var first = Assert.Single(run.Last.Effects.OfType<TaskCreated>());
        Assert.Equal(["SFS-XFJ"], first.CandidateDepartments);
        run.Complete("inspect", ("passed", true));

        var second = Assert.Single(run.Last.Effects.OfType<TaskCreated>());
        Assert.Equal(["SFS-RFB"], second.CandidateDepartments);
        Assert.Equal(2, second.LoopCounter);
        run.Complete("inspect");

        Assert.Equal(InstanceStatus.Completed, run.State.Status);
    }

    [Fact]
    public void InterruptingBoundary_CancelsEveryRunningInstance()
    {
        var run = ProcessRun.Start("multi-instance", ("members", Members), ("departments", Array.Empty<string>()));
        run.Must(new CompleteTask(run.State.Bookmarks.First(b => b.NodeId == "vote").Key, Vars.Of(("vote", "agree"))));
        run.FireTimer("voteTimeout");

        Assert.Equal(4, run.Last.Effects.OfType<BookmarkCancelled>().Count(c => c.NodeId == "vote"));
        Assert.Equal(InstanceStatus.Completed, run.State.Status);
        Assert.Contains("timedOut", run.Completed);
    }

    [Fact]
    public void EmptyCollection_SkipsTheActivity()
    {
        var run = ProcessRun.Start("multi-instance", ("members", new[] { "li" }), ("departments", Array.Empty<string>()));
        run.Complete("vote");
        Assert.Equal(InstanceStatus.Completed, run.State.Status);
    }

    [Fact]
    public void ACollectionThatIsNotAList_IsRefused()
    {
        var interpreter = Processes.Interpreter("multi-instance");
        var result = interpreter.Start(new StartInstance("c", "1", Vars.Of(("members", "li"))), ProcessRun.StartedAt);
        Assert.Equal("engine.collection-invalid", result.Refusal!.Code);
        Assert.Equal("vote", result.Refusal.ElementId);
    }
}
