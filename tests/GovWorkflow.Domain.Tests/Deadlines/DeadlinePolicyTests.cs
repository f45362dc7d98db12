using GovWorkflow.Domain.Calendar;
using GovWorkflow.Domain.Deadlines;
using GovWorkflow.Domain.Errors;

namespace GovWorkflow.Domain.Tests.Deadlines;

public sealed class DeadlinePolicyTests
{
    private static readonly SourceLocation Where = new("catalog.yaml", 12, 5);

    [Fact]
    public void ForPromisedItem_UsesTheLawsLimitsAndExtension()
    {
        var single = DeadlinePolicy.ForPromisedItem(new WorkingDays(10));
        var joint = DeadlinePolicy.ForPromisedItem(new WorkingDays(15), HandlingMode.Joint);

        Assert.Equal(new WorkingDays(20), single.StatutoryLimit);
        Assert.Equal(new WorkingDays(10), single.ExtensionAllowance);
        Assert.Equal(new WorkingDays(45), joint.StatutoryLimit);
        Assert.Equal(new WorkingDays(15), joint.ExtensionAllowance);
    }

    [Fact]
    public void Create_PromisedLongerThanStatutory_IsRefusedWithFieldAndLocation()
    {
        var result = DeadlinePolicy.Create(ItemKind.Promised, new WorkingDays(20), new WorkingDays(25), HandlingMode.SingleDepartment, true, null, Where);

        Assert.Null(result.Policy);
        var error = Assert.Single(result.Errors);
        Assert.Equal("deadline.promised-exceeds-statutory", error.Code);
        Assert.Equal(new SourceLocation("catalog.yaml", 12, 5, "promisedLimit"), error.Location);
    }

    [Fact]
    public void Create_ImmediateItemWithPromisedDays_IsRefused()
    {
        var result = DeadlinePolicy.Create(ItemKind.Immediate, new WorkingDays(20), new WorkingDays(3), HandlingMode.SingleDepartment, true, null, null);
        Assert.Equal("deadline.immediate-promised-limit", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void Create_EveryProblemIsReportedAtOnce()
    {
        var result = DeadlinePolicy.Create(ItemKind.Promised, WorkingDays.Zero, WorkingDays.Zero, HandlingMode.SingleDepartment, true, new WarningThresholds(0.8, 0.5), Where);

        Assert.Equal(
            ["deadline.statutory-limit-range", "deadline.promised-limit-range", "deadline.warning-threshold-range"],
            result.Errors.Select(e => e.Code));
    }

    [Fact]
    public void ExtensionAllowance_ItemWithoutExtension_IsZero()
    {
        var policy = DeadlinePolicy.Create(ItemKind.Promised, new WorkingDays(20), new WorkingDays(5), HandlingMode.SingleDepartment, false, null, null).Policy!;
        Assert.Equal(WorkingDays.Zero, policy.ExtensionAllowance);
    }

    [Theory]
    [InlineData(0.0, 0.8)]
    [InlineData(0.5, 1.0)]
    [InlineData(0.8, 0.8)]
    [InlineData(double.NaN, 0.8)]
    public void WarningThresholds_OutOfRange_AreRefused(double blue, double yellow)
    {
        Assert.NotEmpty(new WarningThresholds(blue, yellow).Validate());
    }

    [Fact]
    public void WarningThresholds_Default_IsValid()
    {
        Assert.Empty(WarningThresholds.Default.Validate());
    }
}
