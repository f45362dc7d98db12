using GovWorkflow.Engine.Activities;
using GovWorkflow.Runtime.Activities;
using GovWorkflow.Runtime.Instances;
using GovWorkflow.Runtime.Persistence;
using GovWorkflow.Runtime.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;

namespace GovWorkflow.Runtime.Tests.Activities;

/// <summary>Handlers and hosts moving timers: rows, triggers and task deadlines follow, on each provider.</summary>
public abstract class TimerMoveTests : IAsyncLifetime
{
    private static readonly Instant Start = RuntimeHarness.Start;
    private static readonly Instant OldDue = Start + Duration.FromDays(5);
    private static readonly Instant NewDue = OldDue + Duration.FromDays(3);

    private ITestDatabase database = null!;
    private RuntimeHarness harness = null!;

    public async Task InitializeAsync()
    {
        database = await CreateDatabaseAsync();
        harness = new RuntimeHarness(database);
    }

    public Task DisposeAsync() => database.DisposeAsync();

    private protected abstract Task<ITestDatabase> CreateDatabaseAsync();

    [Fact]
    public async Task AHandler_SeesTheServiceTasksPropertiesTheOpenTimersAndTheInstantOfTheStepThatAskedForIt()
    {
        await StartAsync();
        harness.Clock.Now = Start + Duration.FromHours(2);
        var handler = new ScriptedHandler("ExtendDeadline", _ => ActivityResult.Empty);

        await Worker(handler).RunOnceAsync(CancellationToken.None);

        var request = Assert.Single(handler.Requests);
        Assert.Equal("ExtendDeadline", request.ActivityType);
        Assert.Equal("extend", request.NodeId);
        Assert.Equal("P3D", request.Properties["extends"]);
        Assert.Equal("营业执照,食品经营许可证", request.Properties["items"]);
        Assert.Equal(Start, request.Now);
        var rows = await TimerRowsAsync();
        Assert.Equal(
            [
                new OpenTimer(rows.Single(t => t.NodeId == "expired").BookmarkKey, "expired", null, true, Start + Duration.FromDays(30)),
                new OpenTimer(rows.Single(t => t.NodeId == "overdue").BookmarkKey, "overdue", "review", true, OldDue),
                new OpenTimer(rows.Single(t => t.NodeId == "remind").BookmarkKey, "remind", "review", false, Start + Duration.FromDays(1)),
            ],
            request.Timers);
    }

    [Fact]
    public async Task AHandlerExtendingTheOverdueTimer_MovesTheRowTheTriggerAndTheTaskDeadline_InTheCompletion()
    {
        await StartAsync();
        var review = await harness.OpenTaskAsync("c1", "review");
        Assert.Equal((Start + Duration.FromHours(30), Start + Duration.FromHours(90), OldDue), (review.BlueAt, review.YellowAt, review.DueAt));
        var old = (await TimerRowsAsync()).Single(t => t.NodeId == "overdue");
        harness.Clock.Now = Start + Duration.FromHours(2);

        await Worker(Extender()).RunOnceAsync(CancellationToken.None);

        var rows = await TimerRowsAsync();
        Assert.Equal(WorkStatus.Cancelled, rows.Single(t => t.Id == old.Id).Status);
        Assert.Equal(harness.Clock.Now, rows.Single(t => t.Id == old.Id).ClosedAt);
        var moved = rows.Single(t => t.NodeId == "overdue" && t.Status == WorkStatus.Open);
        Assert.NotEqual(old.BookmarkKey, moved.BookmarkKey);
        Assert.Equal(NewDue, moved.DueAt);
        Assert.False(harness.Timers.Scheduled.ContainsKey(old.Id));
        Assert.Contains(old.Id, harness.Timers.Unscheduled);
        Assert.Equal(NewDue, harness.Timers.Scheduled[moved.Id]);

        // The outputs were applied with the move: the token went on to the catch timer.
        Assert.Single(rows, t => t.NodeId == "wait" && t.Status == WorkStatus.Open);
        var task = await harness.OpenTaskAsync("c1", "review");
        Assert.Equal((Start + Duration.FromDays(2), Start + Duration.FromDays(6), NewDue), (task.BlueAt, task.YellowAt, task.DueAt));
        Assert.Equal(review.CreatedAt, task.CreatedAt);
        Assert.Equal(review.Version + 1, task.Version);
        await using (var context = harness.NewContext())
        {
            Assert.Equal(WorkStatus.Done, (await context.ActivityJobs.SingleAsync()).Status);
            var audit = await context.Audit.Where(a => a.Action == "timer.reschedule").SingleAsync();
            Assert.Equal("system", audit.Actor);
            Assert.Contains("overdue", audit.Detail, StringComparison.Ordinal);
            Assert.Equal(
                ["activity.complete", "timer.reschedule"],
                await context.Audit.Where(a => a.At == harness.Clock.Now).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        }

        // At the old instant nothing happens; at the new one the timer fires, once.
        harness.Clock.Now = OldDue;
        Assert.Equal(RuntimeOutcomeKind.AlreadyDone, (await harness.Runtime.FireTimerAsync(old.Id)).Kind);
        Assert.Equal("runtime.timer-not-due", (await harness.Runtime.FireTimerAsync(moved.Id)).Code);
        Assert.Equal(WorkStatus.Open, (await harness.OpenTaskAsync("c1", "review")).Status);

        harness.Clock.Now = NewDue;
        Assert.True((await harness.Runtime.FireTimerAsync(moved.Id)).Succeeded);
        Assert.Equal(RuntimeOutcomeKind.AlreadyDone, (await harness.Runtime.FireTimerAsync(moved.Id)).Kind);
        await using var check = harness.NewContext();
        Assert.Equal(WorkStatus.Cancelled, (await check.Tasks.SingleAsync(t => t.NodeId == "review")).Status);
        Assert.Single(await check.Tasks.Where(t => t.NodeId == "escalated" && t.Status == WorkStatus.Open).ToListAsync());
        Assert.Equal(1, await check.Audit.CountAsync(a => a.Action == "timer.fire"));
    }

    [Fact]
    public async Task AMoveOfATimerThatFiredMeanwhile_IsSkipped_AndTheActivityStillCompletes()
    {
        await StartAsync();
        var overdue = (await TimerRowsAsync()).Single(t => t.NodeId == "overdue");
        var extender = Extender();
        var racing = ScriptedHandler.Async("ExtendDeadline", async request =>
        {
            // The overdue timer fires while the handler works: its move arrives for a timer that is gone.
            harness.Clock.Now = OldDue;
            Assert.True((await harness.Runtime.FireTimerAsync(overdue.Id)).Succeeded);
            return await extender.RunAsync(request, CancellationToken.None);
        });

        await Worker(racing).RunOnceAsync(CancellationToken.None);

        var rows = await TimerRowsAsync();
        Assert.Equal(WorkStatus.Done, Assert.Single(rows, t => t.NodeId == "overdue").Status);
        Assert.Single(rows, t => t.NodeId == "wait" && t.Status == WorkStatus.Open);
        Assert.Equal(WorkStatus.Open, (await harness.OpenTaskAsync("c1", "escalated")).Status);
        await using var context = harness.NewContext();
        Assert.Equal(WorkStatus.Done, (await context.ActivityJobs.SingleAsync()).Status);
        Assert.True(FeelVariable(await context.Variables.SingleAsync(v => v.Name == "extended")));
        var skipped = await context.Audit.SingleAsync(a => a.Action == "timer.reschedule");
        Assert.Contains("skipped", skipped.Detail, StringComparison.Ordinal);
        Assert.Contains("engine.bookmark-missing", skipped.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RescheduleTimerAsync_OnAMultiInstanceTask_RetimesEveryOpenInnerTask()
    {
        await harness.PublishAsync("multi-instance");
        await harness.StartAsync("multiInstance", "c1", ("members", new[] { "li", "wang", "zhao" }), ("departments", new[] { "A" }));
        var timeout = Assert.Single(await TimerRowsAsync());
        harness.Clock.Now = Start + Duration.FromDays(1);
        var firstVote = (await VoteTasksAsync())[0];
        Assert.True((await harness.Runtime.CompleteTaskAsync(firstVote.Id, RuntimeHarness.Vars(("vote", "agree")), "li")).Succeeded);
        var extended = timeout.DueAt + Duration.FromDays(4);

        var outcome = await harness.Runtime.RescheduleTimerAsync("c1", timeout.BookmarkKey, extended, "chief");

        Assert.True(outcome.Succeeded, outcome.Message);
        var votes = await VoteTasksAsync();
        Assert.Equal(timeout.DueAt, votes.Single(t => t.Status == WorkStatus.Done).DueAt);
        var open = votes.Where(t => t.Status == WorkStatus.Open).ToList();
        Assert.Equal(2, open.Count);
        Assert.All(open, t => Assert.Equal(extended, t.DueAt));
        Assert.All(open, t => Assert.Equal(t.CreatedAt + (extended - t.CreatedAt) * 0.8, t.YellowAt));
        await using var context = harness.NewContext();
        Assert.Equal("chief", (await context.Audit.SingleAsync(a => a.Action == "timer.reschedule")).Actor);
        Assert.Equal(extended, harness.Timers.Scheduled[(await context.Timers.SingleAsync(t => t.Status == WorkStatus.Open)).Id]);
    }

    [Fact]
    public async Task RescheduleTimerAsync_OfATaskOrAGoneTimer_IsRefused_AndChangesNothing()
    {
        await StartAsync();
        var review = await harness.OpenTaskAsync("c1", "review");
        var instance = await harness.InstanceAsync("c1");

        var notATimer = await harness.Runtime.RescheduleTimerAsync("c1", review.BookmarkKey, NewDue, "chief");
        var gone = await harness.Runtime.RescheduleTimerAsync("c1", 999, NewDue, "chief");
        var noInstance = await harness.Runtime.RescheduleTimerAsync("c9", 1, NewDue, "chief");

        Assert.Equal("engine.bookmark-kind", notATimer.Code);
        Assert.Equal("engine.bookmark-missing", gone.Code);
        Assert.Equal("runtime.instance-not-found", noInstance.Code);
        Assert.Equal(instance.State, (await harness.InstanceAsync("c1")).State);
        await using var context = harness.NewContext();
        Assert.Equal(0, await context.Audit.CountAsync(a => a.Action == "timer.reschedule"));
    }

    /// <summary>Extends the review's SLA (the interrupting timer on it) by the service task's <c>gov:extends</c>.</summary>
    private static ScriptedHandler Extender() => new("ExtendDeadline", request =>
    {
        var overdue = request.Timers.Single(t => t.AttachedTo == "review" && t.Interrupting);
        var extension = PeriodPattern.NormalizingIso.Parse(request.Properties["extends"]).Value.ToDuration();
        return new ActivityResult(RuntimeHarness.Vars(("extended", true)), [new TimerMove(overdue.BookmarkKey, overdue.DueAt + extension)]);
    });

    private static bool FeelVariable(VariableRecord variable) => Engine.Expressions.FeelJson.Deserialize(variable.Value).IsTrue;

    private async Task StartAsync()
    {
        await harness.PublishAsync("timer-moves");
        await harness.StartAsync("timerMoves", "c1");
    }

    private ActivityWorker Worker(params IActivityHandler[] handlers) =>
        new(harness.NewContext, harness.Runtime, harness.Definitions, handlers, new ActivityWorkerOptions());

    private async Task<List<TimerRecord>> TimerRowsAsync()
    {
        await using var context = harness.NewContext();
        return await context.Timers.AsNoTracking().OrderBy(t => t.Id).ToListAsync();
    }

    private async Task<List<TaskRecord>> VoteTasksAsync()
    {
        await using var context = harness.NewContext();
        return await context.Tasks.AsNoTracking().Where(t => t.NodeId == "vote").OrderBy(t => t.Id).ToListAsync();
    }
}
