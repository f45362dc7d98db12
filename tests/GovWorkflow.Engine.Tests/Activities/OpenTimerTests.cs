using GovWorkflow.Engine.Activities;
using GovWorkflow.Engine.Tests.TestSupport;
using NodaTime;

namespace GovWorkflow.Engine.Tests.Activities;

public sealed class OpenTimerTests
{
    [Fact]
    public void Of_ListsEveryOpenTimer_WithWhatItSitsOnAndWhetherItInterrupts()
    {
        var run = ProcessRun.Start("timer-moves");
        var process = Processes.Compile("timer-moves");

        var timers = OpenTimer.Of(process, run.State);

        var start = ProcessRun.StartedAt;
        Assert.Equal(
            [
                new OpenTimer(run.Bookmark("expired").Key, "expired", null, true, start + Duration.FromDays(30)),
                new OpenTimer(run.Bookmark("overdue").Key, "overdue", "review", true, start + Duration.FromDays(5)),
                new OpenTimer(run.Bookmark("remind").Key, "remind", "review", false, start + Duration.FromDays(1)),
            ],
            timers);
    }

    [Fact]
    public void Of_ACatchEvent_SitsOnNothingAndInterruptsNothing()
    {
        var run = ProcessRun.Start("timer-moves");
        run.CompleteActivity("extend");

        var wait = Assert.Single(OpenTimer.Of(Processes.Compile("timer-moves"), run.State), t => t.NodeId == "wait");

        Assert.Null(wait.AttachedTo);
        Assert.False(wait.Interrupting);
        Assert.Equal(run.Bookmark("wait").Key, wait.BookmarkKey);
    }

    [Fact]
    public void Of_AMultiInstanceTasksTimer_SitsOnTheTask()
    {
        var run = ProcessRun.Start("multi-instance", ("members", new[] { "li", "wang" }), ("departments", new[] { "A" }));

        var timeout = Assert.Single(OpenTimer.Of(Processes.Compile("multi-instance"), run.State));

        Assert.Equal(new OpenTimer(run.Bookmark("voteTimeout").Key, "voteTimeout", "vote", true, ProcessRun.StartedAt + Duration.FromDays(3)), timeout);
    }
}
