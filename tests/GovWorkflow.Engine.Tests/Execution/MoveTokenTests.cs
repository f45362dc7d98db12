using GovWorkflow.Engine.Execution;
using GovWorkflow.Engine.Tests.TestSupport;
using NodaTime;

namespace GovWorkflow.Engine.Tests.Execution;

public sealed class MoveTokenTests
{
    private static readonly string[] Signers = ["li", "wang"];

    [Fact]
    public void MoveBack_AcrossAnExclusiveGateway_CancelsTheTaskAndItsTimer_AndOpensTheTargetWithItsTimers()
    {
        var run = AtReview();
        var review = run.Bookmark("review", BookmarkKind.Task);
        var reviewDue = run.Bookmark("reviewDue");
        var key = run.State.NextKey;
        run.Now = ProcessRun.StartedAt + Duration.FromHours(3);

        run.Must(Move(run, "review", "accept"));

        Assert.Equal(
            [
                new BookmarkCancelled(reviewDue.Key, BookmarkKind.Timer, "reviewDue"),
                new BookmarkCancelled(review.Key, BookmarkKind.Task, "review"),
                new TimerScheduled(key + 1, "acceptDue", run.Now + Duration.FromDays(2)),
                new TimerScheduled(key + 2, "remind", run.Now + Duration.FromDays(1)),
            ],
            run.Last.Effects.Take(4));
        var task = Assert.IsType<TaskCreated>(run.Last.Effects[4]);
        Assert.Equal((key + 3, "accept"), (task.BookmarkKey, task.NodeId));
        Assert.Equal(5, run.Last.Effects.Count);
        Assert.Equal(["acceptDue", "remind", "accept"], run.Waiting);
        Assert.Equal([new TraceEntry("review", TraceKind.Terminated), new TraceEntry("accept", TraceKind.Activated)], run.Last.Trace);
        Assert.Equal(2, run.State.Elements.Count);
    }

    [Fact]
    public void AfterAMoveBack_TheProcessRunsOnAsBefore()
    {
        var run = AtReview();
        run.Must(Move(run, "review", "accept"));

        run.Complete("accept", ("needsCorrection", false));
        run.Complete("review");
        run.Complete("legal");
        run.Complete("legalSign");
        run.Complete("tech");

        Assert.Equal(["sign", "sign"], run.Waiting);
    }

    [Fact]
    public void MoveToSelf_RestartsTheStep_WithNewKeys_AndTheMovedVariablesApplyToTheAssignment()
    {
        var run = AtReview();
        var old = run.Bookmark("review", BookmarkKind.Task);
        var oldDue = run.Bookmark("reviewDue");
        run.Now = ProcessRun.StartedAt + Duration.FromDays(1);

        run.Must(Move(run, "review", "review", ("reviewer", "zhao")));

        var task = Assert.Single(run.Last.Effects.OfType<TaskCreated>());
        Assert.Equal("review", task.NodeId);
        Assert.Equal("zhao", task.Assignee);
        Assert.True(task.BookmarkKey > old.Key);
        var due = run.Bookmark("reviewDue");
        Assert.True(due.Key > oldDue.Key);
        Assert.Equal(run.Now + Duration.FromDays(5), due.DueAt);
        Assert.Equal("engine.bookmark-missing", run.Try(new CompleteTask(old.Key, Vars.None)).Refusal!.Code);
    }

    [Fact]
    public void TheVariables_AreSetOnTheProcess()
    {
        var run = AtReview();

        run.Must(Move(run, "review", "accept", ("sendBackReason", "材料不全"), ("needsCorrection", true)));

        Assert.Equal(Vars.Value("材料不全"), run.State.Variables["sendBackReason"]);
        Assert.Equal(Vars.Value(true), run.State.Variables["needsCorrection"]);
    }

    [Fact]
    public void WithinOneParallelBranch_TheMoveIsAllowed_AndTheJoinStillWaitsForBoth()
    {
        var run = AtFork();
        run.Complete("legal");

        run.Must(Move(run, "legalSign", "legal"));
        Assert.Equal(["tech", "legal"], run.Waiting);

        run.Complete("tech");
        Assert.Equal(["legal"], run.Waiting);
        run.Complete("legal");
        run.Complete("legalSign");
        Assert.Equal(["sign", "sign"], run.Waiting);
    }

    [Theory]
    [InlineData("tech", "review")]
    [InlineData("legal", "accept")]
    public void CrossingAParallelFork_IsRefused(string from, string to)
    {
        var run = AtFork();
        AssertRefused(run, Move(run, from, to), "engine.move-crosses-gateway", to);
    }

    [Fact]
    public void CrossingANonInterruptingBoundaryEvent_IsRefused_ForTheActivityStillWaits()
    {
        var run = ProcessRun.Start("moves");
        run.FireTimer("remind");

        AssertRefused(run, Move(run, "notify", "accept"), "engine.move-crosses-gateway", "accept");
    }

    [Fact]
    public void AcrossAnInterruptingBoundaryEvent_TheMoveReachesItsActivity()
    {
        var run = AtReview();
        run.FireTimer("reviewDue");

        run.Must(Move(run, "escalate", "review"));

        Assert.Equal(["reviewDue", "review"], run.Waiting);
    }

    [Fact]
    public void CrossingAParallelJoin_IsRefused()
    {
        var run = AtFork();
        run.Complete("legal");
        run.Complete("legalSign");
        run.Complete("tech");
        run.Must(new CompleteTask(run.State.Bookmarks.First(b => b.NodeId == "sign").Key, Vars.None));
        run.Complete("sign");
        run.Complete("visit");
        run.Complete("report");

        AssertRefused(run, Move(run, "decide", "tech"), "engine.move-crosses-gateway", "tech");
    }

    [Fact]
    public void ATargetInAnotherScope_IsRefused_BothWays()
    {
        var run = AtInspection();
        run.Complete("visit");

        AssertRefused(run, Move(run, "report", "sign"), "engine.move-target-scope", "sign");
        AssertRefused(run, Move(run, "report", "inspection"), "engine.move-target-scope", "inspection");
        run.Must(Move(run, "report", "visit"));
        run.Complete("visit");
        run.Complete("report");
        AssertRefused(run, Move(run, "decide", "visit"), "engine.move-target-scope", "visit");
    }

    [Fact]
    public void MovingBackToASubProcess_StartsItAgain()
    {
        var run = AtInspection();
        run.Complete("visit");
        run.Complete("report");

        run.Must(Move(run, "decide", "inspection"));

        Assert.Equal(["visit"], run.Waiting);
        Assert.Contains(run.Last.Trace, t => t == new TraceEntry("inspection", TraceKind.Activated));
    }

    [Fact]
    public void MovingBackToAMultiInstanceActivity_StartsEveryInstanceAgain()
    {
        var run = AtInspection();
        run.Complete("visit");
        run.Complete("report");

        run.Must(Move(run, "decide", "sign"));

        var tasks = run.Last.Effects.OfType<TaskCreated>().ToList();
        Assert.Equal(Signers, tasks.Select(t => t.Assignee));
        Assert.Equal([1, 2], tasks.Select(t => t.LoopCounter));
    }

    [Fact]
    public void AnInnerInstanceOfAMultiInstanceTask_IsRefused_AndListsNoTargets()
    {
        var run = AtFork();
        run.Complete("legal");
        run.Complete("legalSign");
        run.Complete("tech");
        var inner = run.State.Bookmarks.First(b => b.NodeId == "sign");

        AssertRefused(run, new MoveToken(inner.Key, "sign", Vars.None), "engine.move-multi-instance", "sign");
        AssertRefused(run, new MoveToken(inner.Key, "review", Vars.None), "engine.move-multi-instance", "sign");
        Assert.Empty(Interpreter.MoveTargets(run.State, inner.Key));
    }

    [Theory]
    [InlineData("nowhere", "engine.move-target-unknown")]
    [InlineData("complete", "engine.move-target-kind")]
    [InlineData("start", "engine.move-target-kind")]
    [InlineData("reviewDue", "engine.move-target-kind")]
    [InlineData("fork", "engine.move-target-kind")]
    [InlineData("legal", "engine.move-target-not-upstream")]
    public void ABadTarget_IsRefused_AndTheStateIsKept(string target, string code)
    {
        var run = AtReview();
        AssertRefused(run, Move(run, "review", target), code, target);
    }

    [Fact]
    public void ADownstreamTarget_IsRefused()
    {
        var run = ProcessRun.Start("moves");
        AssertRefused(run, Move(run, "accept", "review"), "engine.move-target-not-upstream", "review");
    }

    [Fact]
    public void AMissingBookmark_AndATimerBookmark_AreRefused()
    {
        var run = AtReview();
        var gone = run.Bookmark("review", BookmarkKind.Task).Key;
        run.Complete("review");

        AssertRefused(run, new MoveToken(gone, "accept", Vars.None), "engine.bookmark-missing", null);
        var run2 = AtReview();
        AssertRefused(run2, new MoveToken(run2.Bookmark("reviewDue").Key, "accept", Vars.None), "engine.move-source-invalid", "reviewDue");
    }

    [Fact]
    public void AnEndedInstance_RefusesTheMove_AndListsNoTargets()
    {
        var run = AtReview();
        var review = run.Bookmark("review", BookmarkKind.Task).Key;
        run.Must(new CancelInstance("申请人撤回"));

        Assert.Equal("engine.instance-ended", run.Try(new MoveToken(review, "accept", Vars.None)).Refusal!.Code);
        Assert.Empty(Interpreter.MoveTargets(run.State, review));
    }

    [Fact]
    public void MoveTargets_ListsTheAllowedUserTasks_SelfFirst_ThenNearestFirst()
    {
        var run = ProcessRun.Start("moves", ("signers", Signers));
        Assert.Equal(["accept", "correct"], Targets(run, "accept"));
        run.FireTimer("remind");
        Assert.Equal(["notify"], Targets(run, "notify"));

        run.Complete("accept", ("needsCorrection", false));
        Assert.Equal(["review", "accept", "correct"], Targets(run, "review"));
        run.FireTimer("reviewDue");
        Assert.Equal(["escalate", "review", "accept", "correct"], Targets(run, "escalate"));

        var forked = AtFork();
        Assert.Equal(["legal"], Targets(forked, "legal"));
        Assert.Equal(["tech"], Targets(forked, "tech"));
        forked.Complete("legal");
        Assert.Equal(["legalSign", "legal"], Targets(forked, "legalSign"));

        var inspection = AtInspection();
        inspection.Complete("visit");
        Assert.Equal(["report", "visit"], Targets(inspection, "report"));
        inspection.Complete("report");
        Assert.Equal(["decide", "sign"], Targets(inspection, "decide"));
    }

    [Fact]
    public void EveryListedTarget_IsAccepted()
    {
        var run = AtReview();
        foreach (var target in Targets(run, "review"))
        {
            Assert.True(run.Try(Move(run, "review", target)) is { Succeeded: true }, target);
            run = AtReview();
        }
    }

    [Fact]
    public void TheSameMoves_GiveTheSameStateBytesAndEffects_AndTheGivenStateIsNotChanged()
    {
        static (byte[] After, List<Effect> Effects) Moved()
        {
            var run = AtReview();
            var before = run.State;
            var bytes = InstanceStateJson.Serialize(before);
            run.Must(Move(run, "review", "accept", ("sendBackReason", "材料不全")));
            run.Complete("accept", ("needsCorrection", false));
            run.Must(Move(run, "review", "review"));
            Assert.Equal(bytes, InstanceStateJson.Serialize(before));
            return (InstanceStateJson.Serialize(run.State), run.Effects);
        }

        var first = Moved();
        var second = Moved();
        Assert.Equal(first.After, second.After);
        Assert.Equal(first.Effects, second.Effects);
        Assert.Equal(first.After, InstanceStateJson.Serialize(InstanceStateJson.Deserialize(first.After)));
    }

    private static ProcessInterpreter Interpreter => Processes.Interpreter("moves");

    private static IReadOnlyList<string> Targets(ProcessRun run, string nodeId) =>
        Interpreter.MoveTargets(run.State, run.Bookmark(nodeId, BookmarkKind.Task).Key);

    private static MoveToken Move(ProcessRun run, string from, string to, params (string Name, object? Value)[] variables) =>
        new(run.Bookmark(from, BookmarkKind.Task).Key, to, Vars.Of(variables));

    private static void AssertRefused(ProcessRun run, Stimulus stimulus, string code, string? elementId)
    {
        var before = run.State;
        var refused = run.Try(stimulus);
        Assert.Equal(code, refused.Refusal?.Code);
        Assert.Equal(elementId, refused.Refusal!.ElementId);
        Assert.Same(before, refused.State);
        Assert.Empty(refused.Effects);
    }

    private static ProcessRun AtReview()
    {
        var run = ProcessRun.Start("moves", ("signers", Signers), ("reviewer", "wang"));
        run.Complete("accept", ("needsCorrection", false));
        return run;
    }

    private static ProcessRun AtFork()
    {
        var run = AtReview();
        run.Complete("review");
        return run;
    }

    private static ProcessRun AtInspection()
    {
        var run = AtFork();
        run.Complete("legal");
        run.Complete("legalSign");
        run.Complete("tech");
        foreach (var sign in run.State.Bookmarks.Where(b => b.NodeId == "sign").ToList())
        {
            run.Must(new CompleteTask(sign.Key, Vars.None));
        }

        return run;
    }
}
