using GovWorkflow.Activities.Tests.TestSupport;
using GovWorkflow.Domain.Calendar;
using GovWorkflow.Engine.Activities;
using NodaTime;

namespace GovWorkflow.Activities.Tests.Clock;

public sealed class ClockActivityTests
{
    private static readonly Dictionary<string, string> ExtendsOutdoorSign = new(StringComparer.Ordinal) { ["items"] = "OUTDOOR-SIGN", ["extends"] = "reviewOutdoorSign" };

    [Fact]
    public async Task Extend_Approved_MovesOnlyTheNamedTasksTimersByTenWorkingDays()
    {
        var bench = await AcceptedAsync();
        var overdue = new OpenTimer(21, "outdoorSignOverdue", "reviewOutdoorSign", true, HandlerBench.At(3, 10, 0));
        var other = new OpenTimer(22, "foodPermitOverdue", "reviewFoodPermit", true, HandlerBench.At(3, 10, 0));

        var result = await bench.Handler("ExtendDeadline").RunAsync(
            bench.Request("ExtendDeadline", HandlerBench.At(3, 4), Vars.Of(("extensionApproved", true)), ExtendsOutdoorSign, [overdue, other]),
            CancellationToken.None);

        // Due at the end of Mon 2026-03-09; ten working days later is Mon 2026-03-23, due at its end.
        var move = Assert.Single(result.TimerMoves);
        Assert.Equal(21, move.BookmarkKey);
        Assert.Equal(new LocalDateTime(2026, 3, 24, 0, 0), move.DueAt.InZone(BusinessCalendar.Zone).LocalDateTime);
        Assert.Equal(10m, result.Variables["extendedBy"].AsNumber);
        Assert.True((await bench.Store.FindCaseAsync("H-1", CancellationToken.None))!.ExtensionGranted);
    }

    [Fact]
    public async Task Extend_Refused_ChangesNothing()
    {
        var bench = await AcceptedAsync();
        var overdue = new OpenTimer(21, "outdoorSignOverdue", "reviewOutdoorSign", true, HandlerBench.At(3, 10, 0));

        var result = await bench.Handler("ExtendDeadline").RunAsync(
            bench.Request("ExtendDeadline", HandlerBench.At(3, 4), Vars.Of(("extensionApproved", false)), ExtendsOutdoorSign, [overdue]),
            CancellationToken.None);

        Assert.Empty(result.TimerMoves);
        Assert.False((await bench.Store.FindCaseAsync("H-1", CancellationToken.None))!.ExtensionGranted);
    }

    [Fact]
    public async Task SuspendThenResume_MovesEveryOpenSlaTimerByTheSuspendedWorkingDays()
    {
        var bench = await AcceptedAsync();
        await bench.Handler("SuspendClock").RunAsync(bench.Request("SuspendClock", HandlerBench.At(3, 5), Vars.Of(("suspensionReason", "专家评审"))), CancellationToken.None);
        var sla = new OpenTimer(31, "outdoorSignOverdue", "reviewOutdoorSign", true, HandlerBench.At(3, 10, 0));
        var catchEvent = new OpenTimer(32, "supplyDeadline", null, false, HandlerBench.At(3, 10, 0));

        // Thu 03-05 .. Tue 03-10 suspended (resumed Wed 03-11): Thu, Fri, Mon, Tue = 4 working days.
        var result = await bench.Handler("ResumeClock").RunAsync(bench.Request("ResumeClock", HandlerBench.At(3, 11), timers: [sla, catchEvent]), CancellationToken.None);

        Assert.Equal(4m, result.Variables["suspendedDays"].AsNumber);
        var move = Assert.Single(result.TimerMoves);
        Assert.Equal(31, move.BookmarkKey);
        Assert.Equal(new LocalDateTime(2026, 3, 14, 0, 0), move.DueAt.InZone(BusinessCalendar.Zone).LocalDateTime);
        var file = (await bench.Store.FindCaseAsync("H-1", CancellationToken.None))!;
        Assert.False(file.IsSuspended);
        Assert.Equal(new LocalDate(2026, 3, 10), file.Suspensions[0].To);
    }

    private static async Task<HandlerBench> AcceptedAsync()
    {
        var bench = new HandlerBench();
        await bench.ReceiveAsync(HandlerBench.At(3, 2));
        await bench.Handler("StartStatutoryClock").RunAsync(bench.Request("StartStatutoryClock", HandlerBench.At(3, 2)), CancellationToken.None);
        return bench;
    }
}
