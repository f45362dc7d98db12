using GovWorkflow.Engine.Execution;
using GovWorkflow.Engine.Tests.TestSupport;
using NodaTime;

namespace GovWorkflow.Engine.Tests.Execution;

public sealed class MoreEventTests
{
    [Fact]
    public void MessageStart_StartsAtTheNamedStartEvent()
    {
        var interpreter = Processes.Interpreter("more-events");
        var online = interpreter.Start(new StartInstance("c", "1", Vars.None, MessageName: "apply-online"), ProcessRun.StartedAt);
        var window = interpreter.Start(new StartInstance("c", "1", Vars.None), ProcessRun.StartedAt);
        var unknown = interpreter.Start(new StartInstance("c", "1", Vars.None, MessageName: "fax"), ProcessRun.StartedAt);

        Assert.Contains(online.State.Bookmarks, b => b.NodeId == "prescreen");
        Assert.Contains(window.State.Bookmarks, b => b.NodeId == "review");
        Assert.Equal("engine.start-event-missing", unknown.Refusal!.Code);
    }

    [Fact]
    public void NonInterruptingMessageBoundary_RunsBesideTheTaskAndListensAgain()
    {
        var run = ProcessRun.Start("more-events");
        run.Deliver("supplement", ("材料", "营业执照副本"));
        run.Deliver("supplement");

        Assert.Equal(2, run.Effects.OfType<ActivityRequested>().Count(a => a.ActivityType == "RecordMaterials"));
        Assert.Contains("review", run.Waiting);
        Assert.Equal("营业执照副本", run.State.Variables["材料"].AsString);
    }

    [Fact]
    public void InterruptingMessageBoundary_EndsThePath()
    {
        var run = ProcessRun.Start("more-events");
        run.Deliver("recall");
        Assert.DoesNotContain("review", run.Waiting);
        Assert.Contains("recalledEnd", run.Completed);
    }

    [Fact]
    public void UncaughtEscalationEnd_IsReportedAndTheInstanceEnds()
    {
        var run = ProcessRun.Start("more-events");
        foreach (var bookmark in run.State.Bookmarks.Where(b => b.NodeId != "review").ToList())
        {
            Assert.NotEqual(BookmarkKind.Task, bookmark.Kind);
        }

        run.Complete("review", ("overdue", true));

        Assert.Contains(new EscalationRaised("OVERDUE", "overdueEnd"), run.Last.Effects);
        Assert.Equal(InstanceStatus.Completed, run.State.Status);
    }

    [Fact]
    public void NonInterruptingTimerCycleStart_RemindsEveryDayUntilTheScopeEnds()
    {
        var run = ProcessRun.Start("more-events");
        var first = run.Bookmark("everyDay");
        Assert.Equal(ProcessRun.StartedAt + Duration.FromDays(1), first.DueAt);
        Assert.Equal(-1, first.RemainingRepetitions);

        run.FireTimer("everyDay");
        run.FireTimer("everyDay");

        Assert.Equal(2, run.Completed.Count(id => id == "remindEnd"));
        Assert.Equal(ProcessRun.StartedAt + Duration.FromDays(3), run.Bookmark("everyDay").DueAt);

        run.Complete("review", ("overdue", false));
        Assert.Equal(InstanceStatus.Completed, run.State.Status);
        Assert.Empty(run.State.Bookmarks);
    }
}
