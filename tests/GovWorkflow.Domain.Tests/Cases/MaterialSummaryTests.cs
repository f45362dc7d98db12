using GovWorkflow.Domain.Cases;
using GovWorkflow.Domain.Catalog;
using static GovWorkflow.Domain.Tests.Cases.CaseFixtures;

namespace GovWorkflow.Domain.Tests.Cases;

public sealed class MaterialSummaryTests
{
    [Fact]
    public void Of_MixedMaterials_CountsEachKindOnce()
    {
        var summary = MaterialSummary.Of(
        [
            Material("A/form", MaterialState.Missing, MaterialImportance.Primary),
            Material("A/plan", MaterialState.Defective, MaterialImportance.Primary, problem: "未盖章"),
            Material("A/health", MaterialState.Missing, tolerable: true),
            Material("A/rules", MaterialState.Defective, tolerable: true, problem: "过期"),
            Material("A/lease", MaterialState.Missing),
            Material("A/id", MaterialState.Exempted, MaterialImportance.Primary),
            Material("A/photo", MaterialState.Submitted),
            Material("A/consent", MaterialState.Supplied, tolerable: true),
        ]);

        Assert.Equal(new MaterialSummary(MissingPrimary: 2, MissingTolerable: 1, MissingOther: 2, Exempted: 1), summary);
        Assert.False(summary.IsComplete);
    }

    [Fact]
    public void Of_SubmittedSuppliedAndExempted_IsComplete()
    {
        var summary = MaterialSummary.Of(
        [
            Material("A/form", MaterialState.Submitted, MaterialImportance.Primary),
            Material("A/id", MaterialState.Exempted, MaterialImportance.Primary),
            Material("A/health", MaterialState.Supplied, tolerable: true),
        ]);

        Assert.True(summary.IsComplete);
        Assert.Equal(1, summary.Exempted);
    }

    [Theory]
    [InlineData(MaterialImportance.Primary, false, 1, 0, 0)]
    [InlineData(MaterialImportance.Secondary, true, 0, 1, 0)]
    [InlineData(MaterialImportance.Secondary, false, 0, 0, 1)]
    public void Of_OneMissingMaterial_IsNotComplete(MaterialImportance importance, bool tolerable, int primary, int tolerated, int other)
    {
        var summary = MaterialSummary.Of([Material("A/x", MaterialState.Missing, importance, tolerable)]);

        Assert.Equal(new MaterialSummary(primary, tolerated, other, 0), summary);
        Assert.False(summary.IsComplete);
    }

    [Fact]
    public void Of_NoMaterials_IsComplete()
    {
        Assert.True(MaterialSummary.Of([]).IsComplete);
    }
}
