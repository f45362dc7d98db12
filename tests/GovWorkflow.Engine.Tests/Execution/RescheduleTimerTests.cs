using GovWorkflow.Engine.Execution;
using GovWorkflow.Engine.Tests.TestSupport;
using NodaTime;

namespace GovWorkflow.Engine.Tests.Execution;

public sealed class RescheduleTimerTests
{
    private static readonly Instant FiveDaysIn = ProcessRun.StartedAt + Duration.FromDays(5);

    [Fact]
    public void RescheduleLater_ReplacesTheBookmarkWithANewKey_AndReportsCancelAndSchedule()
    {
        var run = ProcessRun.Start("timer-moves");
        var old = run.Bookmark("overdue");
        Assert.Equal(FiveDaysIn, old.DueAt);
        var waitingBefore = run.Waiting.Order(StringComparer.Ordinal).ToList();
        var nextKey = run.State.NextKey;
        var sequence = run.State.Sequence;
        var later = FiveDaysIn + Duration.FromDays(3);

        run.Must(new RescheduleTimer(old.Key, later));

        var moved = run.Bookmark("overdue");
        Assert.Equal(nextKey, moved.Key);
        Assert.Equal(nextKey + 1, run.State.NextKey);
        Assert.Equal(sequence + 1, run.State.Sequence);
        Assert.Equal(old with { Key = moved.Key, DueAt = later }, moved);
        Assert.Equal([new BookmarkCancelled(old.Key, BookmarkKind.Timer, "overdue"), new TimerScheduled(moved.Key, "overdue", later)], run.Last.Effects);
        Assert.Equal(waitingBefore, run.Waiting.Order(StringComparer.Ordinal));
        Assert.Empty(run.Last.Trace);
    }

    [Fact]
    public void RescheduleEarlier_FiresAtTheNewDue()
    {
        var run = ProcessRun.Start("timer-moves");
        var earlier = ProcessRun.StartedAt + Duration.FromHours(6);
        run.Must(new RescheduleTimer(run.Bookmark("overdue").Key, earlier));

        run.Now = earlier;
        run.Must(new FireTimer(run.Bookmark("overdue").Key));

        Assert.Contains("escalated", run.Waiting);
        Assert.DoesNotContain("review", run.Waiting);
    }

    [Fact]
    public void FireAfterReschedule_UsesTheNewDue()
    {
        var run = ProcessRun.Start("timer-moves");
        var later = FiveDaysIn + Duration.FromDays(3);
        run.Must(new RescheduleTimer(run.Bookmark("overdue").Key, later));
        var moved = run.Bookmark("overdue");

        run.Now = FiveDaysIn;
        Assert.Equal("engine.timer-not-due", run.Try(new FireTimer(moved.Key)).Refusal!.Code);

        run.Now = later;
        run.Must(new FireTimer(moved.Key));
        Assert.Contains("escalated", run.Waiting);
    }

    [Fact]
    public void TheOldKey_IsRefusedAfterTheMove()
    {
        var run = ProcessRun.Start("timer-moves");
        var old = run.Bookmark("overdue");
        run.Must(new RescheduleTimer(old.Key, FiveDaysIn + Duration.FromDays(1)));
        run.Now = FiveDaysIn;

        Assert.Equal("engine.bookmark-missing", run.Try(new FireTimer(old.Key)).Refusal!.Code);
        Assert.Equal("engine.bookmark-missing", run.Try(new RescheduleTimer(old.Key, FiveDaysIn)).Refusal!.Code);
        Assert.Contains("review", run.Waiting);
    }

    [Fact]
    public void ANonTimerBookmark_IsRefused_AndTheStateIsKept()
    {
        var run = ProcessRun.Start("timer-moves");
        var before = run.State;

        var refused = run.Try(new RescheduleTimer(run.Bookmark("review").Key, FiveDaysIn));

        Assert.Equal("engine.bookmark-kind", refused.Refusal!.Code);
        Assert.Contains("定时器", refused.Refusal.Message, StringComparison.Ordinal);
        Assert.Equal("review", refused.Refusal.ElementId);
        Assert.Same(before, refused.State);
        Assert.Empty(refused.Effects);
    }

    [Fact]
    public void ATimerCycle_KeepsItsRemainingRepetitions_AndRepeatsFromTheNewDue()
    {
        var run = ProcessRun.Start("timer-moves");
        var remind = run.Bookmark("remind");
        Assert.Equal(2, remind.RemainingRepetitions);
        var moved = ProcessRun.StartedAt + Duration.FromHours(30);

        run.Must(new RescheduleTimer(remind.Key, moved));
        Assert.Equal(2, run.Bookmark("remind").RemainingRepetitions);

        run.FireTimer("remind");
        var next = run.Bookmark("remind");
        Assert.Equal(moved + Duration.FromDays(1), next.DueAt);
        Assert.Equal(1, next.RemainingRepetitions);
    }

    [Fact]
    public void CatchEventAndEventSubProcessTimers_MoveToo()
    {
        var run = ProcessRun.Start("timer-moves");
        run.CompleteActivity("extend");
        var soon = ProcessRun.StartedAt + Duration.FromDays(1);
        run.Must(new RescheduleTimer(run.Bookmark("wait").Key, soon));
        run.Must(new RescheduleTimer(run.Bookmark("expired").Key, soon + Duration.FromHours(1)));

        run.FireTimer("wait");
        Assert.Contains("waited", run.Completed);

        run.FireTimer("expired");
        Assert.Equal(InstanceStatus.Completed, run.State.Status);
        Assert.Contains("closed", run.Completed);
    }

    [Fact]
    public void AnEndedInstance_RefusesTheMove()
    {
        var run = ProcessRun.Start("timer-moves");
        var overdue = run.Bookmark("overdue").Key;
        run.Must(new CancelInstance("申请人撤回"));

        Assert.Equal("engine.instance-ended", run.Try(new RescheduleTimer(overdue, FiveDaysIn)).Refusal!.Code);
    }

    [Fact]
    public void TheSameMoves_GiveTheSameStateBytes_AndTheGivenStateIsNotChanged()
    {
        static (byte[] Before, byte[] After, ProcessRun Run) Moved()
        {
            var run = ProcessRun.Start("timer-moves");
            var before = run.State;
            var bytes = InstanceStateJson.Serialize(before);
            run.Must(new RescheduleTimer(run.Bookmark("overdue").Key, FiveDaysIn + Duration.FromDays(3)));
            run.Must(new RescheduleTimer(run.Bookmark("remind").Key, ProcessRun.StartedAt + Duration.FromHours(30)));
            Assert.Equal(bytes, InstanceStateJson.Serialize(before));
            return (bytes, InstanceStateJson.Serialize(run.State), run);
        }

        var first = Moved();
        var second = Moved();
        Assert.Equal(first.After, second.After);
        Assert.NotEqual(first.Before, first.After);

        var read = InstanceStateJson.Deserialize(first.After);
        Assert.Equal(first.After, InstanceStateJson.Serialize(read));
        Assert.Equal(first.Run.State.Bookmarks, read.Bookmarks);
    }
}
