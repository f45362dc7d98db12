using GovWorkflow.Engine.Execution;
using GovWorkflow.Engine.Expressions;
using GovWorkflow.Engine.Tests.TestSupport;
using NodaTime;

namespace GovWorkflow.Engine.Tests.Execution;

/// <summary><c>gov:from</c>: a working-day timer counted from a named day (a case's acceptance) instead of from when it starts.</summary>
public sealed class TimerFromTests
{
    [Fact]
    public void WorkingDaysFromAnEarlierDay_AreCountedFromThatDay()
    {
        // Started Monday 2026-03-02; accepted the Wednesday before: the calendar counts from the start of that day in the engine's zone.
        var accepted = new LocalDate(2026, 2, 25);
        var run = ProcessRun.Start("timers-from", ("limit", 3), ("acceptedOn", FeelValue.Date(accepted)));

        var expected = Processes.Options.Calendar!.AddWorkingDays(accepted.AtStartOfDayInZone(Processes.Options.Zone).ToInstant(), 3);
        Assert.Equal(expected, run.Bookmark("overdue").DueAt);
        Assert.True(expected < ProcessRun.StartedAt + Duration.FromDays(3), "counted from acceptance, not from the start");
    }

    [Fact]
    public void WorkingDaysFromADayLongPast_AreDueAtOnce()
    {
        var run = ProcessRun.Start("timers-from", ("limit", 3), ("acceptedOn", FeelValue.Date(new LocalDate(2026, 2, 2))));

        Assert.True(run.Bookmark("overdue").DueAt <= ProcessRun.StartedAt);
        run.FireTimer("overdue");
        Assert.Equal(["supervise"], run.Waiting);
    }

    [Fact]
    public void NoFromDay_CountsFromWhenTheTimerStarts()
    {
        var run = ProcessRun.Start("timers-from", ("limit", 3));

        Assert.Equal(Instant.FromUtc(2026, 3, 6, 0, 0), run.Bookmark("overdue").DueAt);
    }

    [Fact]
    public void FromDayThatIsNoDate_IsRefusedNamingTheTimer()
    {
        var interpreter = new ProcessInterpreter(Processes.Compile("timers-from"), Processes.Options);

        var result = interpreter.Start(new StartInstance("i-1", "1", Vars.Of(("limit", 3), ("acceptedOn", "三月二日"))), ProcessRun.StartedAt);

        Assert.Equal("engine.timer-invalid", result.Refusal!.Code);
        Assert.Equal("overdue", result.Refusal.ElementId);
    }
}
