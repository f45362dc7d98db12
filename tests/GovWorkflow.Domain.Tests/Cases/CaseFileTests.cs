using GovWorkflow.Domain.Calendar;
using GovWorkflow.Domain.Cases;
using GovWorkflow.Domain.Deadlines;
using NodaTime;
using static GovWorkflow.Domain.Tests.TestSupport.Dates;

namespace GovWorkflow.Domain.Tests.Cases;

public sealed class CaseFileTests
{
    private static readonly DeadlinePolicy Policy = DeadlinePolicy.ForPromisedItem(new WorkingDays(5));

    private static readonly CaseFile New = new()
    {
        Id = "CY-2026-0001",
        BundleCode = "restaurant-opening",
        Applicant = CaseFixtures.Organisation,
        ReceivedAt = At("2026-03-02"),
        Materials = [CaseFixtures.Material("FOOD/form", MaterialState.Submitted)],
    };

    [Fact]
    public void New_StartsReceivedUnacceptedAndAtVersionZero()
    {
        Assert.Equal(CaseStatus.Received, New.Status);
        Assert.Null(New.AcceptedOn);
        Assert.Null(New.Decision);
        Assert.Empty(New.Suspensions);
        Assert.False(New.IsSuspended);
        Assert.Equal(0, New.Version);
    }

    [Fact]
    public void DeadlineRequest_BeforeAcceptance_IsNull()
    {
        Assert.Null(New.DeadlineRequest(Policy));
    }

    [Fact]
    public void DeadlineRequest_Accepted_CarriesTheDayTheExtensionAndTheSuspensions()
    {
        SuspensionInterval[] suspensions = [new(D("2026-03-04"), D("2026-03-05"), SuspensionReason.Hearing)];
        var file = New with { AcceptedOn = D("2026-03-02"), ExtensionGranted = true, Suspensions = suspensions };

        var request = file.DeadlineRequest(Policy);

        Assert.NotNull(request);
        Assert.Same(Policy, request.Policy);
        Assert.Equal(D("2026-03-02"), request.AcceptedOn);
        Assert.True(request.ExtensionGranted);
        Assert.Equal(suspensions, request.Suspensions);
    }

    [Fact]
    public void IsSuspended_OnlyWhileTheLastSuspensionIsOpen()
    {
        var closed = new SuspensionInterval(D("2026-03-04"), D("2026-03-05"), SuspensionReason.Testing);
        var open = new SuspensionInterval(D("2026-03-10"), null, SuspensionReason.ExpertReview);

        Assert.False((New with { Suspensions = [closed] }).IsSuspended);
        Assert.True((New with { Suspensions = [closed, open] }).IsSuspended);
    }

    [Fact]
    public void With_ChangesACopyAndLeavesTheOriginal()
    {
        var accepted = New with { Status = CaseStatus.Accepted, AcceptedOn = new LocalDate(2026, 3, 2) };

        Assert.Equal(CaseStatus.Received, New.Status);
        Assert.Equal(CaseStatus.Accepted, accepted.Status);
        Assert.Same(New.Materials, accepted.Materials);
    }
}
