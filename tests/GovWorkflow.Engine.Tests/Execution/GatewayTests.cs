using GovWorkflow.Engine.Execution;
using GovWorkflow.Engine.Tests.TestSupport;

namespace GovWorkflow.Engine.Tests.Execution;

public sealed class GatewayTests
{
    [Theory]
    [InlineData(true, false, "accept")]
    [InlineData(false, true, "correct")]
    [InlineData(true, true, "accept")]
    public void Exclusive_TakesTheFirstTrueFlowInDocumentOrder(bool complete, bool correctable, string expected)
    {
        var run = ProcessRun.Start("exclusive");
        run.Complete("check", ("材料齐全", complete), ("可补正", correctable));
        Assert.Equal([expected], run.Waiting);
    }

    [Fact]
    public void Exclusive_TakesTheDefaultWhenNoConditionHolds()
    {
        var run = ProcessRun.Start("exclusive");
        run.Complete("check", ("材料齐全", false), ("可补正", false));
        Assert.Equal(InstanceStatus.Completed, run.State.Status);
        Assert.Contains("refused", run.Completed);
    }

    [Fact]
    public void Exclusive_WithNoWayOut_RefusesTheCompletionAndKeepsTheTaskOpen()
    {
        var run = ProcessRun.Start("no-default");
        var result = run.Try(new CompleteTask(run.Bookmark("check").Key, Vars.Of(("ok", null))));

        Assert.Equal("engine.no-outgoing-flow", result.Refusal!.Code);
        Assert.Equal("decision", result.Refusal.ElementId);
        Assert.Equal(["check"], run.Waiting);
    }

    [Fact]
    public void Parallel_ForksEveryBranchAndJoinsWhenAllArrive()
    {
        var run = ProcessRun.Start("parallel");
        Assert.Equal(["licence", "food", "sign"], run.Waiting);

        run.Complete("food");
        run.Complete("licence");
        Assert.Equal(["sign"], run.Waiting);
        Assert.DoesNotContain("join", run.Completed);

        run.Complete("sign");
        Assert.Equal(["deliver"], run.Waiting);
        Assert.Single(run.Completed, id => id == "join");
    }

    [Fact]
    public void Inclusive_ForksEveryTrueFlowAndJoinsOnlyThoseTaken()
    {
        var run = ProcessRun.Start("inclusive-loop", ("needsFire", true), ("needsAirDefence", true));
        Assert.Equal(["fire", "airDefence"], run.Waiting);

        run.Complete("fire");
        Assert.Equal(["airDefence"], run.Waiting);
        run.Complete("airDefence");
        Assert.Equal(["review"], run.Waiting);
    }

    [Fact]
    public void Inclusive_TakesTheDefaultWhenNothingElseHolds()
    {
        var run = ProcessRun.Start("inclusive-loop", ("needsFire", false), ("needsAirDefence", false));
        Assert.Equal(["archive"], run.Waiting);
        run.Complete("archive");
        Assert.Equal(["review"], run.Waiting);
    }

    [Fact]
    public void Inclusive_LoopBackForRectification_JoinsAgainOnTheNewBranches()
    {
        var run = ProcessRun.Start("inclusive-loop", ("needsFire", true), ("needsAirDefence", true));
        run.Complete("fire");
        run.Complete("airDefence");

        // 整改: only the fire inspection is redone.
        run.Complete("review", ("rectify", true), ("needsAirDefence", false));
        Assert.Equal(["fire"], run.Waiting);

        run.Complete("fire");
        Assert.Equal(["review"], run.Waiting);
        run.Complete("review", ("rectify", false));
        Assert.Equal(InstanceStatus.Completed, run.State.Status);
        Assert.Equal(2, run.Completed.Count(id => id == "join"));
    }

    [Fact]
    public void InclusiveJoin_WaitsWhileATokenUpstreamCanStillReachIt()
    {
        var run = ProcessRun.Start("inclusive-upstream");
        run.Complete("quick");
        Assert.Equal(["slow1"], run.Waiting);

        run.Complete("slow1");
        Assert.Equal(["slow2"], run.Waiting);

        run.Complete("slow2");
        Assert.Equal(["after"], run.Waiting);
        Assert.Single(run.Completed, id => id == "join");
    }

    [Fact]
    public void EventBasedGateway_TheMessageWins_TheTimerIsCancelled()
    {
        var run = ProcessRun.Start("event-gateway");
        run.Complete("accepted");
        Assert.Equal(["supplied", "dueDate"], run.Waiting);
        var timer = run.Bookmark("dueDate");

        run.Deliver("materials-supplied", ("suppliedAll", true));

        Assert.Equal(["approve"], run.Waiting);
        Assert.Contains(new BookmarkCancelled(timer.Key, BookmarkKind.Timer, "dueDate"), run.Last.Effects);
        Assert.True(run.State.Variables["suppliedAll"].IsTrue);
    }

    [Fact]
    public void EventBasedGateway_TheWorkingDayTimerWins_TheCaseIsRevoked()
    {
        var run = ProcessRun.Start("event-gateway");
        run.Complete("accepted");

        // Accepted Monday 2026-03-02 09:00 Beijing; five working days later is the end of Monday 03-09 (UTC in the test calendar).
        Assert.Equal(NodaTime.Instant.FromUtc(2026, 3, 10, 0, 0), run.Bookmark("dueDate").DueAt);
        run.FireTimer("dueDate");

        Assert.Equal(InstanceStatus.Terminated, run.State.Status);
        Assert.Equal("engine.instance-ended", run.Try(new DeliverMessage("materials-supplied", Vars.None)).Refusal!.Code);
    }
}
