using GovWorkflow.Domain.Cases;
using GovWorkflow.Domain.Catalog;
using static GovWorkflow.Domain.Tests.Cases.CaseFixtures;

namespace GovWorkflow.Domain.Tests.Cases;

public sealed class TolerantAcceptanceRulesTests
{
    private static readonly ServiceItem Food = Item("FOOD", tolerantAcceptance: true, Primary("form"), Secondary("health", tolerable: true), Secondary("lease"));

    // The catalog refuses this combination, but items built in memory can have it; the rule must still hold.
    private static readonly ServiceItem Sign = Item("SIGN", tolerantAcceptance: false, Primary("form"), Secondary("consent", tolerable: true));

    private static IReadOnlyList<string> Codes(IReadOnlyList<CaseMaterial> materials, bool badCredit = false) =>
        [.. TolerantAcceptanceRules.Check([Food, Sign], materials, badCredit).Select(e => e.Code)];

    [Fact]
    public void Check_OnlyTolerableSecondaryMissing_Allows()
    {
        var errors = TolerantAcceptanceRules.Check([Food, Sign],
        [
            Material("FOOD/form", MaterialState.Submitted, MaterialImportance.Primary),
            Material("FOOD/health", MaterialState.Missing, tolerable: true),
            Material("FOOD/lease", MaterialState.Exempted),
        ], badCredit: false);

        Assert.Empty(errors);
    }

    [Fact]
    public void Check_ApplicantWithBadCredit_IsRefused()
    {
        Assert.Equal(["case.tolerant-bad-credit"], Codes([Material("FOOD/health", MaterialState.Missing, tolerable: true)], badCredit: true));
    }

    [Fact]
    public void Check_NothingMissing_IsRefusedAsNeedless()
    {
        Assert.Equal(["case.tolerant-nothing-missing"], Codes([Material("FOOD/form", MaterialState.Submitted, MaterialImportance.Primary)]));
    }

    [Theory]
    [InlineData(MaterialState.Missing)]
    [InlineData(MaterialState.Defective)]
    public void Check_PrimaryLacking_IsRefusedAtThatMaterial(MaterialState state)
    {
        var error = Assert.Single(TolerantAcceptanceRules.Check([Food], [Material("FOOD/form", state, MaterialImportance.Primary)], badCredit: false));

        Assert.Equal("case.tolerant-primary-missing", error.Code);
        Assert.Equal("FOOD/form", error.Location!.Field);
    }

    [Fact]
    public void Check_SecondaryNotOnTheTolerableList_IsRefused()
    {
        Assert.Equal(["case.tolerant-not-tolerable"], Codes([Material("FOOD/lease", MaterialState.Missing)]));
    }

    [Fact]
    public void Check_TolerableSecondaryHandedInDefective_IsRefused()
    {
        Assert.Equal(["case.tolerant-not-tolerable"], Codes([Material("FOOD/health", MaterialState.Defective, tolerable: true, problem: "过期")]));
    }

    [Fact]
    public void Check_ItemThatDoesNotAllowTolerantAcceptance_IsRefusedNamingTheItem()
    {
        var error = Assert.Single(TolerantAcceptanceRules.Check([Food, Sign], [Material("SIGN/consent", MaterialState.Missing, tolerable: true)], badCredit: false));

        Assert.Equal("case.tolerant-not-allowed", error.Code);
        Assert.Contains(Sign.Name, error.Message, StringComparison.Ordinal);
        Assert.Equal("SIGN/consent", error.Location!.Field);
    }

    [Fact]
    public void Check_SeveralProblems_ReturnsEveryOne()
    {
        var codes = Codes(
        [
            Material("FOOD/form", MaterialState.Missing, MaterialImportance.Primary),
            Material("FOOD/lease", MaterialState.Missing),
            Material("SIGN/consent", MaterialState.Missing, tolerable: true),
        ], badCredit: true);

        Assert.Equal(["case.tolerant-bad-credit", "case.tolerant-primary-missing", "case.tolerant-not-tolerable", "case.tolerant-not-allowed"], codes);
    }

    [Fact]
    public void DefaultMaximumPeriod_IsTwentyWorkingDays()
    {
        Assert.Equal(20, TolerantAcceptanceRules.DefaultMaximumPeriod.Value);
    }
}
