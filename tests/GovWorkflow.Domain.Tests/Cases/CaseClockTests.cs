using GovWorkflow.Domain.Bundles;
using GovWorkflow.Domain.Calendar;
using GovWorkflow.Domain.Cases;
using GovWorkflow.Domain.Deadlines;
using GovWorkflow.Domain.Tests.TestSupport;
using static GovWorkflow.Domain.Tests.TestSupport.Dates;

namespace GovWorkflow.Domain.Tests.Cases;

/// <summary>The case clock over the built-in calendar; March 2026 has no holiday, so working days are Monday to Friday.</summary>
public sealed class CaseClockTests
{
    private static readonly StatutoryClock Clock = new(HolidayCalendarLoader.LoadBuiltIn(), new DeadlineOptions());

    // 20 working days by law, 5 promised: promised due Monday 9 March, statutory due Monday 30 March.
    private static readonly DeadlinePolicy Policy = DeadlinePolicy.ForPromisedItem(new WorkingDays(5));

    private static readonly CaseFile Received = new()
    {
        Id = "CY-2026-0001",
        BundleCode = "restaurant-opening",
        Applicant = CaseFixtures.Organisation,
        ReceivedAt = At("2026-03-02", 9, 30),
        Materials = [],
    };

    private static readonly CaseFile Accepted = Received with { Status = CaseStatus.Accepted, AcceptedOn = D("2026-03-02"), Acceptance = AcceptanceKind.Regular };

    private static CaseFile DecidedOn(string date) => Accepted with { Status = CaseStatus.Decided, Decision = new CaseDecision(true, D(date), []) };

    [Fact]
    public void At_BeforeAcceptance_IsNotStarted()
    {
        Assert.Same(ClockSnapshot.NotStarted, CaseClock.At(Received, Policy, Clock, At("2026-03-20")));
    }

    [Fact]
    public void At_RefusedBeforeAcceptance_IsNotStarted()
    {
        var refused = Received with { Status = CaseStatus.Refused };

        Assert.Equal(ClockState.NotStarted, CaseClock.At(refused, Policy, Clock, At("2026-03-20")).State);
    }

    [Fact]
    public void At_AcceptedTwoWorkingDaysAgo_RunsWithTwoDaysUsedAndTheLimitsOfThePolicy()
    {
        var snapshot = CaseClock.At(Accepted, Policy, Clock, At("2026-03-04"));

        Assert.Equal(new ClockSnapshot(ClockState.Running, 2, 20, 5, D("2026-03-09"), WarningLevel.Normal), snapshot);
    }

    [Fact]
    public void At_OnTheAcceptanceDay_HasUsedNothing()
    {
        Assert.Equal(0, CaseClock.At(Accepted, Policy, Clock, At("2026-03-02", 17)).Used);
    }

    [Theory]
    [InlineData("2026-03-05", 3, WarningLevel.Blue)]
    [InlineData("2026-03-06", 4, WarningLevel.Yellow)]
    [InlineData("2026-03-09", 5, WarningLevel.Yellow)]
    [InlineData("2026-03-10", 6, WarningLevel.Red)]
    public void At_AsThePromisedLimitNears_RaisesTheWarningLevel(string today, int used, WarningLevel level)
    {
        var snapshot = CaseClock.At(Accepted, Policy, Clock, At(today));

        Assert.Equal(ClockState.Running, snapshot.State);
        Assert.Equal(used, snapshot.Used);
        Assert.Equal(level, snapshot.Level);
    }

    [Fact]
    public void At_DuringAnOpenSuspension_IsSuspendedAndTheDueDateMovesByTheSuspendedDays()
    {
        var suspended = Accepted with { Suspensions = [new SuspensionInterval(D("2026-03-04"), null, SuspensionReason.Testing)] };

        var snapshot = CaseClock.At(suspended, Policy, Clock, At("2026-03-05"));

        Assert.True(suspended.IsSuspended);
        Assert.Equal(ClockState.Suspended, snapshot.State);
        Assert.Equal(1, snapshot.Used);
        Assert.Equal(D("2026-03-11"), snapshot.PromisedDue);
    }

    [Fact]
    public void At_AfterAClosedSuspension_RunsAgainWithoutTheSuspendedDays()
    {
        var resumed = Accepted with { Suspensions = [new SuspensionInterval(D("2026-03-04"), D("2026-03-05"), SuspensionReason.ExpertReview)] };

        var snapshot = CaseClock.At(resumed, Policy, Clock, At("2026-03-09"));

        Assert.Equal(new ClockSnapshot(ClockState.Running, 3, 20, 5, D("2026-03-11"), WarningLevel.Blue), snapshot);
    }

    [Fact]
    public void At_DecidedInTime_StopsOnTheDecisionDayWithoutAWarning()
    {
        var snapshot = CaseClock.At(DecidedOn("2026-03-06"), Policy, Clock, At("2026-03-30"));

        Assert.Equal(new ClockSnapshot(ClockState.Stopped, 4, 20, 5, D("2026-03-09"), WarningLevel.Normal), snapshot);
    }

    [Fact]
    public void At_DecidedAfterThePromisedLimit_StopsAndStaysOverdue()
    {
        var snapshot = CaseClock.At(DecidedOn("2026-03-12"), Policy, Clock, At("2026-04-30"));

        Assert.Equal(ClockState.Stopped, snapshot.State);
        Assert.Equal(8, snapshot.Used);
        Assert.Equal(WarningLevel.Red, snapshot.Level);
    }

    [Fact]
    public void At_DecidedOnTheLastPromisedDay_IsNotOverdue()
    {
        var snapshot = CaseClock.At(DecidedOn("2026-03-09"), Policy, Clock, At("2026-03-20"));

        Assert.Equal(5, snapshot.Used);
        Assert.Equal(WarningLevel.Normal, snapshot.Level);
    }

    [Fact]
    public void At_DecidedEarlierToday_StopsWithTodayCounted()
    {
        var snapshot = CaseClock.At(DecidedOn("2026-03-04"), Policy, Clock, At("2026-03-04", 10));

        Assert.Equal(ClockState.Stopped, snapshot.State);
        Assert.Equal(2, snapshot.Used);
    }

    [Theory]
    [InlineData(CaseStatus.Revoked)]
    [InlineData(CaseStatus.Withdrawn)]
    [InlineData(CaseStatus.Refused)]
    public void At_AcceptedCaseThatEndedWithoutDecision_IsStoppedWithoutAWarning(CaseStatus status)
    {
        var snapshot = CaseClock.At(Accepted with { Status = status }, Policy, Clock, At("2026-03-06"));

        Assert.Equal(ClockState.Stopped, snapshot.State);
        Assert.Equal(WarningLevel.Normal, snapshot.Level);
    }

    [Fact]
    public void At_ExtensionGranted_AddsTenWorkingDaysToBothLimits()
    {
        var snapshot = CaseClock.At(Accepted with { ExtensionGranted = true }, Policy, Clock, At("2026-03-04"));

        Assert.Equal(30, snapshot.StatutoryLimit);
        Assert.Equal(15, snapshot.PromisedLimit);
        Assert.Equal(D("2026-03-23"), snapshot.PromisedDue);
    }

    [Fact]
    public void At_RestaurantBundleWithExtension_UsesTheSingleDepartmentExtensionOfTen()
    {
        var bundle = ServiceBundleLoader.Load(SampleData.Bundle("restaurant-opening")).Bundle!;

        var snapshot = CaseClock.At(Accepted with { ExtensionGranted = true }, bundle.Policy, Clock, At("2026-03-04"));

        Assert.Equal(20 + 10, snapshot.StatutoryLimit);
        Assert.Equal(5 + 10, snapshot.PromisedLimit);
    }

    [Fact]
    public void At_JointAcceptanceWithExtension_UsesFortyFivePlusFifteen()
    {
        var bundle = ServiceBundleLoader.Load(SampleData.Bundle("completion-acceptance")).Bundle!;

        var snapshot = CaseClock.At(Accepted with { ExtensionGranted = true }, bundle.Policy, Clock, At("2026-03-04"));

        Assert.Equal(45 + 15, snapshot.StatutoryLimit);
        Assert.Equal(15 + 15, snapshot.PromisedLimit);
    }

    [Fact]
    public void At_RevokedCase_StopsCountingOnTheDayItStopped()
    {
        var revoked = Accepted with { Status = CaseStatus.Revoked, StoppedOn = D("2026-03-05") };

        var early = CaseClock.At(revoked, Policy, Clock, At("2026-03-06"));
        var late = CaseClock.At(revoked, Policy, Clock, At("2026-04-30"));

        Assert.Equal(ClockState.Stopped, late.State);
        Assert.Equal(early.Used, late.Used);
        Assert.NotEqual(WarningLevel.Red, late.Level);
    }

    [Fact]
    public void Used_IsTheSnapshotsCountAsWorkingDays()
    {
        Assert.Equal(new WorkingDays(4), CaseClock.Used(DecidedOn("2026-03-06"), Policy, Clock, At("2026-03-30")));
    }
}
