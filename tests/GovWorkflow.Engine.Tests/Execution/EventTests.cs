using GovWorkflow.Engine.Execution;
using GovWorkflow.Engine.Tests.TestSupport;
using NodaTime;

namespace GovWorkflow.Engine.Tests.Execution;

public sealed class EventTests
{
    [Fact]
    public void NonInterruptingTimerCycle_FiresTwiceWhileTheTaskStaysOpen()
    {
        var run = ProcessRun.Start("timers", ("limit", 3));
        var first = run.Bookmark("remind");
        Assert.Equal(ProcessRun.StartedAt + Duration.FromHours(1), first.DueAt);

        run.FireTimer("remind");
        var second = run.Bookmark("remind");
        Assert.Equal(ProcessRun.StartedAt + Duration.FromHours(2), second.DueAt);
        Assert.NotEqual(first.Key, second.Key);

        run.FireTimer("remind");
        Assert.DoesNotContain("remind", run.Waiting);
        Assert.Equal(2, run.Effects.OfType<ActivityRequested>().Count(a => a.ActivityType == "Urge"));
        Assert.Contains("review", run.Waiting);
    }

    [Fact]
    public void InterruptingWorkingDayTimer_CancelsTheTaskAndItsReminders()
    {
        var run = ProcessRun.Start("timers", ("limit", 3));
        var review = run.Bookmark("review");
        var reminder = run.Bookmark("remind");
        Assert.Equal(Instant.FromUtc(2026, 3, 6, 0, 0), run.Bookmark("overdue").DueAt);

        run.FireTimer("overdue");

        Assert.Contains(new BookmarkCancelled(review.Key, BookmarkKind.Task, "review"), run.Last.Effects);
        Assert.Contains(new BookmarkCancelled(reminder.Key, BookmarkKind.Timer, "remind"), run.Last.Effects);
        Assert.Equal(["escalated"], run.Waiting);
    }

    [Fact]
    public void CompletingTheTask_CancelsItsBoundaryTimersAndStartsTheCatchTimer()
    {
        var run = ProcessRun.Start("timers", ("limit", 3));
        run.Now = ProcessRun.StartedAt + Duration.FromMinutes(30);
        run.Complete("review");

        Assert.Equal(2, run.Last.Effects.OfType<BookmarkCancelled>().Count(c => c.Kind == BookmarkKind.Timer));
        var wait = run.Bookmark("wait");
        Assert.Equal(run.Now + Duration.FromDays(1), wait.DueAt);
        Assert.Contains(new TimerScheduled(wait.Key, "wait", wait.DueAt!.Value), run.Last.Effects);
    }

    [Fact]
    public void ATimerFiredEarly_IsRefused_AndFiringTwiceDoesNothingTheSecondTime()
    {
        var run = ProcessRun.Start("timers", ("limit", 3));
        var overdue = run.Bookmark("overdue");

        var early = run.Try(new FireTimer(overdue.Key));
        Assert.Equal("engine.timer-not-due", early.Refusal!.Code);

        run.Now = overdue.DueAt!.Value;
        run.Must(new FireTimer(overdue.Key));
        var again = run.Try(new FireTimer(overdue.Key));
        Assert.Equal("engine.bookmark-missing", again.Refusal!.Code);
    }

    [Fact]
    public void WorkingDayTimer_WithoutACalendar_IsRefusedWithAClearCode()
    {
        var interpreter = Processes.Interpreter("timers", new EngineOptions());
        var result = interpreter.Start(new StartInstance("c", "1", Vars.Of(("limit", 3))), ProcessRun.StartedAt);
        Assert.Equal("engine.no-calendar", result.Refusal!.Code);
    }

    [Fact]
    public void InterruptingEventSubProcess_CancelsTheMainPath()
    {
        var run = ProcessRun.Start("event-subprocess");
        run.Deliver("withdraw");

        Assert.Equal(["closeCase"], run.Waiting);
        Assert.Contains(run.Last.Effects, e => e is BookmarkCancelled { NodeId: "handle" });
        Assert.Contains(run.Last.Effects, e => e is BookmarkCancelled { NodeId: "urged" });

        run.Complete("closeCase");
        Assert.Equal(InstanceStatus.Completed, run.State.Status);
    }

    [Fact]
    public void NonInterruptingEventSubProcess_RunsBesideTheMainPath_AndListensAgain()
    {
        var run = ProcessRun.Start("event-subprocess");
        run.Deliver("urge");
        run.Deliver("urge");

        Assert.Equal(2, run.Effects.OfType<ActivityRequested>().Count());
        Assert.Contains("handle", run.Waiting);

        run.Complete("handle");
        Assert.Equal(InstanceStatus.Running, run.State.Status);
        foreach (var note in run.State.Bookmarks.Where(b => b.NodeId == "note").ToList())
        {
            run.Must(new CompleteActivity(note.Key, Vars.None));
        }

        Assert.Equal(InstanceStatus.Completed, run.State.Status);
    }

    [Fact]
    public void AMessageNobodyAwaits_IsRefused()
    {
        var run = ProcessRun.Start("event-subprocess");
        Assert.Equal("engine.message-not-awaited", run.Try(new DeliverMessage("materials-supplied", Vars.None)).Refusal!.Code);
    }

    [Fact]
    public void ErrorEndEvent_IsCaughtByTheSubprocessBoundary()
    {
        var run = ProcessRun.Start("errors");
        run.Complete("inspect", ("fake", true));

        Assert.Equal(["revoke"], run.Waiting);
        Assert.Contains("caughtFake", run.Completed);
        Assert.Contains(run.Trace, t => t is { NodeId: "verify", Kind: TraceKind.Terminated });
    }

    [Fact]
    public void NonInterruptingEscalation_LetsTheSubprocessGoOn()
    {
        var run = ProcessRun.Start("errors");
        run.Complete("inspect", ("fake", false));

        Assert.Contains("notedLate", run.Completed);
        Assert.Contains("lateNoted", run.Completed);
        Assert.Equal(["lookup"], run.Waiting);
        Assert.DoesNotContain(run.Effects, e => e is EscalationRaised);
    }

    [Fact]
    public void ActivityError_IsCaughtByItsBoundary_AnUnknownOneFailsTheInstance()
    {
        var caught = ProcessRun.Start("errors");
        caught.Complete("inspect", ("fake", false));
        caught.Must(new ThrowError(caught.Bookmark("lookup").Key, "REGISTRY_DOWN", "电子证照库不可用"));
        Assert.Equal(["manual"], caught.Waiting);

        var failed = ProcessRun.Start("errors");
        failed.Complete("inspect", ("fake", false));
        failed.Must(new ThrowError(failed.Bookmark("lookup").Key, "SOMETHING_ELSE"));
        Assert.Equal(InstanceStatus.Failed, failed.State.Status);
        Assert.Equal("engine.uncaught-error", failed.State.Incident!.Code);
        Assert.Equal("lookup", failed.State.Incident.ElementId);
    }

    [Fact]
    public void CallActivity_MapsVariablesInAndOut()
    {
        var run = ProcessRun.Start("call-activity", ("applicant", "示范餐饮有限公司"), ("secret", "不传给子流程"));
        var call = Assert.Single(run.Effects.OfType<CallRequested>());
        Assert.Equal("foodPermit", call.CalledElement);
        Assert.Equal(["applicant", "item"], call.Variables.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("FOOD-BUSINESS-PERMIT", call.Variables["item"].AsString);

        run.Must(new CompleteCall(call.BookmarkKey, Vars.Of(("permitNo", "JY-2026-0001"), ("internal", 1))));

        Assert.Equal("JY-2026-0001", run.State.Variables["foodPermitNo"].AsString);
        Assert.False(run.State.Variables.ContainsKey("internal"));
    }

    [Fact]
    public void TerminateEndInASubprocess_EndsOnlyThatSubprocess()
    {
        var run = ProcessRun.Start("call-activity", ("applicant", "x"));
        run.Must(new CompleteCall(run.Bookmark("callFood").Key, Vars.None));

        Assert.Equal(InstanceStatus.Completed, run.State.Status);
        Assert.Contains(run.Trace, t => t is { NodeId: "tTask", Kind: TraceKind.Terminated });
        Assert.Contains("end", run.Completed);
    }
}
