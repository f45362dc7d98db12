using GovWorkflow.Domain.Calendar;
using GovWorkflow.Domain.Deadlines;
using GovWorkflow.Domain.Errors;
using NodaTime;
using static GovWorkflow.Domain.Tests.TestSupport.Dates;

namespace GovWorkflow.Domain.Tests.Deadlines;

public sealed class StatutoryClockTests
{
    private static readonly BusinessCalendar Calendar = HolidayCalendarLoader.LoadBuiltIn();
    private static readonly StatutoryClock Clock = new(Calendar, new DeadlineOptions());

    // A 承诺件 under Art. 42: 20 working days by law, 10 promised.
    private static readonly DeadlinePolicy Policy = DeadlinePolicy.ForPromisedItem(new WorkingDays(10));

    [Fact]
    public void Evaluate_AcceptedBeforeSpringFestival2026_SkipsHolidayCountsMakeUpSaturdaysAndExcludesAcceptanceDay()
    {
        // Friday 13 Feb: Sat 14 (make-up) is day 1, 24..27 Feb days 2..5, Sat 28 (make-up) day 6.
        var status = Clock.Evaluate(new DeadlineRequest(Policy, D("2026-02-13")), At("2026-02-13"));

        Assert.Equal(D("2026-03-19"), status.Statutory.DueDate);
        Assert.Equal(D("2026-03-05"), status.Promised.DueDate);
        Assert.Equal(At("2026-03-20", 0), status.Statutory.DueInstant);
        Assert.Equal(0, status.Statutory.Used.Value);
        Assert.Equal(20, status.Statutory.Remaining.Value);
        Assert.Equal(WarningLevel.Normal, status.Level);
    }

    [Fact]
    public void Evaluate_DuringSpringFestival_UsesOnlyWorkingDaysAndKeepsTheLevel()
    {
        // Make-up Saturday 14 Feb worked, then the holiday: one day used of 10 promised.
        var status = Clock.Evaluate(new DeadlineRequest(Policy, D("2026-02-13")), At("2026-02-20"));

        Assert.Equal(1, status.Promised.Used.Value);
        Assert.Equal(9, status.Promised.Remaining.Value);
        Assert.Equal(0.1, status.Promised.ElapsedFraction, 6);
        Assert.Equal(WarningLevel.Normal, status.Level);
    }

    [Fact]
    public void Evaluate_NationalDay2026_CountsMakeUpSunday20SeptemberAndSaturday10October()
    {
        var status = Clock.Evaluate(new DeadlineRequest(Policy, D("2026-09-18")), At("2026-09-18"));

        Assert.Equal(D("2026-10-22"), status.Statutory.DueDate);
        Assert.Equal(D("2026-09-20"), Calendar.AddWorkingDays(D("2026-09-18"), new WorkingDays(1)));
    }

    [Fact]
    public void Evaluate_AcrossYearBoundary_DueInNextYear()
    {
        var status = Clock.Evaluate(new DeadlineRequest(Policy, D("2025-12-15")), At("2026-01-05"));

        Assert.Equal(D("2026-01-13"), status.Statutory.DueDate);
        Assert.Equal(D("2025-12-29"), status.Promised.DueDate);
        Assert.Equal(WarningLevel.Red, status.Promised.Level);
        Assert.Equal(WarningLevel.Blue, status.Statutory.Level); // 14 of 20 used
        Assert.Equal(WarningLevel.Red, status.Level);
    }

    [Fact]
    public void Evaluate_WithApprovedExtension_AddsTenWorkingDaysToBothLimits()
    {
        var request = new DeadlineRequest(Policy, D("2026-04-01"), ExtensionGranted: true, Suspensions: []);
        var status = Clock.Evaluate(request, At("2026-04-01"));

        Assert.Equal(30, status.Statutory.Limit.Value);
        Assert.Equal(20, status.Promised.Limit.Value);
        Assert.Equal(Calendar.AddWorkingDays(D("2026-04-01"), new WorkingDays(30)), status.Statutory.DueDate);
        Assert.Equal(D("2026-04-30"), status.Promised.DueDate);
    }

    [Fact]
    public void Evaluate_JointHandlingWithExtension_Allows45Plus15()
    {
        var joint = DeadlinePolicy.ForPromisedItem(new WorkingDays(15), HandlingMode.Joint);
        var status = Clock.Evaluate(new DeadlineRequest(joint, D("2026-03-02"), true, []), At("2026-03-02"));

        Assert.Equal(60, status.Statutory.Limit.Value);
        Assert.Equal(Calendar.AddWorkingDays(D("2026-03-02"), new WorkingDays(60)), status.Statutory.DueDate);
    }

    [Fact]
    public void Evaluate_ExtensionOnItemThatForbidsIt_IsRefused()
    {
        var policy = DeadlinePolicy.Create(ItemKind.Promised, new WorkingDays(20), new WorkingDays(5), HandlingMode.SingleDepartment, extensionAllowed: false, warnings: null, location: null).Policy!;

        var ex = Assert.Throws<DomainException>(() => Clock.Evaluate(new DeadlineRequest(policy, D("2026-03-02"), true, []), At("2026-03-02")));
        Assert.Equal("deadline.extension-not-allowed", ex.Errors[0].Code);
    }

    [Fact]
    public void Evaluate_OverlappingSuspensions_ExcludeEachDayOnce()
    {
        // Testing 10..13 March and expert review 12..18 March overlap: 7 working days are not counted.
        var suspensions = new[]
        {
            new SuspensionInterval(D("2026-03-10"), D("2026-03-13"), SuspensionReason.Testing),
            new SuspensionInterval(D("2026-03-12"), D("2026-03-18"), SuspensionReason.ExpertReview),
        };
        var status = Clock.Evaluate(new DeadlineRequest(Policy, D("2026-03-02"), false, suspensions), At("2026-03-25"));

        Assert.Equal(D("2026-04-09"), status.Statutory.DueDate);
        Assert.Equal(7, status.SuspendedWorkingDays.Value);
        Assert.False(status.IsSuspended);

        // 3..9 March (5 days) and 19..25 March (5 days) were counted.
        Assert.Equal(10, status.Statutory.Used.Value);
    }

    [Fact]
    public void Evaluate_TouchingSuspensions_AreTheSameAsOneInterval()
    {
        var touching = new[]
        {
            new SuspensionInterval(D("2026-03-10"), D("2026-03-13"), SuspensionReason.Testing),
            new SuspensionInterval(D("2026-03-14"), D("2026-03-18"), SuspensionReason.ExpertReview),
        };
        var single = new[] { new SuspensionInterval(D("2026-03-10"), D("2026-03-18"), SuspensionReason.Testing) };

        var a = Clock.Evaluate(new DeadlineRequest(Policy, D("2026-03-02"), false, touching), At("2026-03-25"));
        var b = Clock.Evaluate(new DeadlineRequest(Policy, D("2026-03-02"), false, single), At("2026-03-25"));

        Assert.Equal(b, a);
    }

    [Fact]
    public void Evaluate_SuspensionIsPausedNotRestarted_UsedDaysBeforeItStillCount()
    {
        var suspension = new[] { new SuspensionInterval(D("2026-03-10"), null, SuspensionReason.Hearing) };

        var during = Clock.Evaluate(new DeadlineRequest(Policy, D("2026-03-02"), false, suspension), At("2026-03-16"));

        Assert.True(during.IsSuspended);
        Assert.Equal(5, during.Statutory.Used.Value);
        Assert.Equal(15, during.Statutory.Remaining.Value);

        // Assuming the hearing ends today, 15 days remain from tomorrow.
        Assert.Equal(Calendar.AddWorkingDays(D("2026-03-16"), new WorkingDays(15)), during.Statutory.DueDate);
    }

    [Fact]
    public void Evaluate_SuspensionBeforeAcceptance_IsIgnored()
    {
        var early = new[] { new SuspensionInterval(D("2026-02-25"), D("2026-03-02"), SuspensionReason.Appraisal) };
        var status = Clock.Evaluate(new DeadlineRequest(Policy, D("2026-03-02"), false, early), At("2026-03-02"));

        Assert.Equal(Calendar.AddWorkingDays(D("2026-03-02"), new WorkingDays(20)), status.Statutory.DueDate);
        Assert.Equal(0, status.SuspendedWorkingDays.Value);
    }

    [Theory]
    [InlineData("2026-04-15", WarningLevel.Normal)] // 9 of 20 used
    [InlineData("2026-04-16", WarningLevel.Blue)]   // 10 of 20: half
    [InlineData("2026-04-23", WarningLevel.Blue)]   // 15 of 20
    [InlineData("2026-04-24", WarningLevel.Yellow)] // 16 of 20: four fifths
    [InlineData("2026-04-30", WarningLevel.Yellow)] // the due day itself, before its end
    [InlineData("2026-05-06", WarningLevel.Red)]    // after the due instant
    public void Evaluate_WarningLevel_FollowsDefaultThresholdsAndRedAfterDueInstant(string today, WarningLevel expected)
    {
        var policy = DeadlinePolicy.ForPromisedItem(new WorkingDays(20));
        var status = Clock.Evaluate(new DeadlineRequest(policy, D("2026-04-01")), At(today, 10));

        Assert.Equal(expected, status.Promised.Level);
        Assert.Equal(D("2026-04-16"), status.Promised.BlueFrom);
        Assert.Equal(D("2026-04-24"), status.Promised.YellowFrom);
        Assert.Equal(D("2026-04-30"), status.Promised.DueDate);
    }

    [Fact]
    public void Evaluate_ItemThresholds_OverrideConfiguredDefaults()
    {
        var policy = DeadlinePolicy.Create(ItemKind.Promised, new WorkingDays(20), new WorkingDays(20), HandlingMode.SingleDepartment, true, new WarningThresholds(0.25, 0.5), null).Policy!;
        var status = Clock.Evaluate(new DeadlineRequest(policy, D("2026-04-01")), At("2026-04-01"));

        Assert.Equal(D("2026-04-09"), status.Promised.BlueFrom);
        Assert.Equal(D("2026-04-16"), status.Promised.YellowFrom);
    }

    [Fact]
    public void Evaluate_OverdueCase_ReportsNegativeRemainingDays()
    {
        var status = Clock.Evaluate(new DeadlineRequest(Policy, D("2026-04-01")), At("2026-04-20"));

        Assert.Equal(D("2026-04-16"), status.Promised.DueDate);
        Assert.Equal(-2, status.Promised.Remaining.Value);
        Assert.Equal(WarningLevel.Red, status.Promised.Level);
        Assert.True(status.Promised.ElapsedFraction > 1);
    }

    [Fact]
    public void Evaluate_ImmediateItem_IsDueAtTheEndOfTheDayOfAcceptance()
    {
        var immediate = DeadlinePolicy.Create(ItemKind.Immediate, new WorkingDays(20), WorkingDays.Zero, HandlingMode.SingleDepartment, true, null, null).Policy!;

        var sameDay = Clock.Evaluate(new DeadlineRequest(immediate, D("2026-04-01")), At("2026-04-01", 16));
        var nextDay = Clock.Evaluate(new DeadlineRequest(immediate, D("2026-04-01")), At("2026-04-02", 9));

        Assert.Equal(D("2026-04-01"), sameDay.Promised.DueDate);
        Assert.Equal(WarningLevel.Yellow, sameDay.Promised.Level);
        Assert.Equal(WarningLevel.Red, nextDay.Promised.Level);
    }

    [Fact]
    public void Evaluate_WithOfficeHoursEnd_DueInstantIsThatTimeOnTheDueDay()
    {
        var clock = new StatutoryClock(Calendar, new DeadlineOptions { OfficeHoursEnd = new LocalTime(17, 30) });
        var status = clock.Evaluate(new DeadlineRequest(Policy, D("2026-04-01")), At("2026-04-16", 17, 29));

        Assert.Equal(At("2026-04-16", 17, 30), status.Promised.DueInstant);
        Assert.Equal(WarningLevel.Yellow, status.Promised.Level);
        Assert.Equal(WarningLevel.Red, clock.Evaluate(new DeadlineRequest(Policy, D("2026-04-01")), At("2026-04-16", 17, 30)).Promised.Level);
    }

    [Fact]
    public void CorrectionNoticeDeadline_IsFiveWorkingDaysAfterReceipt()
    {
        // Monday 28 Sept 2026: 29, 30 Sept, then the holiday, then make-up Saturday 10 Oct.
        Assert.Equal(D("2026-10-10"), Clock.CorrectionNoticeDeadline(D("2026-09-28")));
    }

    [Fact]
    public void DeemedAcceptance_NoNoticeWithinFiveWorkingDays_CountsAsAcceptedOnReceipt()
    {
        Assert.Null(Clock.DeemedAcceptance(D("2026-03-02"), null, At("2026-03-09", 23, 59)));
        Assert.Equal(D("2026-03-02"), Clock.DeemedAcceptance(D("2026-03-02"), null, At("2026-03-10", 0)));
    }

    [Fact]
    public void DeemedAcceptance_NoticeInTime_PreventsItButLateNoticeDoesNot()
    {
        Assert.Null(Clock.DeemedAcceptance(D("2026-03-02"), D("2026-03-09"), At("2026-03-20")));
        Assert.Equal(D("2026-03-02"), Clock.DeemedAcceptance(D("2026-03-02"), D("2026-03-10"), At("2026-03-20")));
    }

    [Fact]
    public void DeliveryDeadline_IsTenWorkingDaysAfterDecision()
    {
        Assert.Equal(D("2026-10-16"), Clock.DeliveryDeadline(D("2026-09-28")));
    }

    [Fact]
    public void Constructor_InvalidOptions_FailsFastNamingTheKey()
    {
        var ex = Assert.Throws<DomainException>(() => new StatutoryClock(Calendar, new DeadlineOptions { Warnings = new WarningThresholds(0.9, 0.8) }));
        Assert.Contains(ex.Errors, e => e.Location!.Field!.Contains("Deadlines:Warnings", StringComparison.Ordinal));
    }
}
