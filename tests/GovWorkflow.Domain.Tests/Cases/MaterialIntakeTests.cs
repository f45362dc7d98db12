using GovWorkflow.Domain.Cases;
using GovWorkflow.Domain.Catalog;
using GovWorkflow.Domain.Licensing;
using GovWorkflow.Domain.Tests.TestSupport;
using NodaTime;
using static GovWorkflow.Domain.Tests.Cases.CaseFixtures;

namespace GovWorkflow.Domain.Tests.Cases;

/// <summary>收件 over the restaurant-opening items of the sample catalog.</summary>
public sealed class MaterialIntakeTests
{
    private static readonly string[] RestaurantItems = ["BUSINESS-LICENCE", "FOOD-BUSINESS-PERMIT", "OUTDOOR-SIGN"];

    private static IReadOnlyList<ServiceItem> Items => [.. RestaurantItems.Select(SampleData.Catalog.GetItem)];

    private static ElectronicLicense Licence(string number, string type) =>
        new(number, type, type, OrganisationId, "好味餐饮", "SFS-SCJGJ", new LocalDate(2024, 1, 1), null, LicenseStatus.Valid, []);

    private static IReadOnlyList<CaseMaterial> Assess(string[] submitted, ElectronicLicense[]? held = null, string[]? issuedInBundle = null) =>
        MaterialIntake.Assess(Items, submitted, held ?? [], issuedInBundle ?? []);

    private static CaseMaterial Find(IReadOnlyList<CaseMaterial> materials, string key) => Assert.Single(materials, m => m.Key == key);

    [Fact]
    public void Assess_ListsEveryRequiredMaterialInItemAndGuideOrder()
    {
        var materials = Assess([]);

        Assert.Equal(
            Items.SelectMany(i => i.Materials.Select(m => i.Code + "/" + m.Code)),
            materials.Select(m => m.Key));
        var health = Find(materials, "FOOD-BUSINESS-PERMIT/health-certificates");
        Assert.Equal(MaterialImportance.Secondary, health.Importance);
        Assert.True(health.Tolerable);
        Assert.Equal("从业人员健康证明", health.Name);
    }

    [Fact]
    public void Assess_NothingHandedIn_EveryMaterialWithoutLicenceIsMissing()
    {
        Assert.All(Assess([]), m => Assert.Equal(MaterialState.Missing, m.State));
    }

    [Fact]
    public void Assess_FullKeyHandedIn_IsSubmittedForThatItemOnly()
    {
        var materials = Assess(["FOOD-BUSINESS-PERMIT/application-form"]);

        Assert.Equal(MaterialState.Submitted, Find(materials, "FOOD-BUSINESS-PERMIT/application-form").State);
        Assert.Equal(MaterialState.Missing, Find(materials, "OUTDOOR-SIGN/application-form").State);
    }

    [Fact]
    public void Assess_BareCodeHandedIn_IsSubmittedForEveryItemThatRequiresIt()
    {
        var materials = Assess(["application-form"]);

        Assert.All(materials.Where(m => m.Code == "application-form"), m => Assert.Equal(MaterialState.Submitted, m.State));
        Assert.Equal(3, materials.Count(m => m.State == MaterialState.Submitted));
    }

    [Fact]
    public void Assess_MaterialCoveredByHeldLicence_IsExemptedWithTheLicenceNumber()
    {
        var materials = Assess([], [Licence("BDC-2024-DC-000381", "real-estate-certificate")]);

        var premises = Find(materials, "BUSINESS-LICENCE/premises-proof");
        Assert.Equal(MaterialState.Exempted, premises.State);
        Assert.Equal("BDC-2024-DC-000381", premises.LicenseNumber);
        Assert.Equal(MaterialState.Exempted, Find(materials, "OUTDOOR-SIGN/premises-proof").State);
    }

    [Fact]
    public void Assess_MaterialCoveredByHeldLicenceAndHandedIn_IsStillExempted()
    {
        var materials = Assess(["BUSINESS-LICENCE/operator-id"], [Licence("ID-1", "resident-id-card")]);

        Assert.Equal(MaterialState.Exempted, Find(materials, "BUSINESS-LICENCE/operator-id").State);
    }

    [Fact]
    public void Assess_LicenceTypeIssuedInsideTheBundle_IsExemptedAsIssuedByThisCase()
    {
        var materials = Assess([], issuedInBundle: ["business-licence"]);

        var food = Find(materials, "FOOD-BUSINESS-PERMIT/business-licence");
        Assert.Equal(MaterialState.Exempted, food.State);
        Assert.Equal(MaterialIntake.BundleIssued, food.LicenseNumber);
        Assert.Equal(MaterialState.Exempted, Find(materials, "OUTDOOR-SIGN/business-licence").State);
    }

    [Fact]
    public void Assess_LicenceHeldAndIssuedInsideTheBundle_NamesTheHeldLicence()
    {
        var materials = Assess([], [Licence("YYZZ-1", "business-licence")], ["business-licence"]);

        Assert.Equal("YYZZ-1", Find(materials, "FOOD-BUSINESS-PERMIT/business-licence").LicenseNumber);
    }

    [Fact]
    public void Assess_HeldLicenceOfAnotherType_DoesNotExempt()
    {
        var materials = Assess([], [Licence("HKB-1", "household-register")]);

        Assert.DoesNotContain(materials, m => m.State == MaterialState.Exempted);
    }

    [Fact]
    public void Unknown_KeysNoMaterialMatches_AreReturnedInOrder()
    {
        var materials = Assess([]);

        var unknown = MaterialIntake.Unknown(materials, ["FOOD-BUSINESS-PERMIT/application-form", "application-form", "FOOD-BUSINESS-PERMIT/aplication-form", "OUTDOOR-SIGN/health-certificates", "photo"]);

        Assert.Equal(["FOOD-BUSINESS-PERMIT/aplication-form", "OUTDOOR-SIGN/health-certificates", "photo"], unknown);
    }

    [Fact]
    public void MarkDefective_SubmittedMaterial_BecomesDefectiveWithItsProblem()
    {
        var materials = Assess(["FOOD-BUSINESS-PERMIT/layout-and-process"]);

        var marked = MaterialIntake.MarkDefective(materials, new Dictionary<string, string> { ["FOOD-BUSINESS-PERMIT/layout-and-process"] = "缺少设备布局" });

        var layout = Find(marked, "FOOD-BUSINESS-PERMIT/layout-and-process");
        Assert.Equal(MaterialState.Defective, layout.State);
        Assert.Equal("缺少设备布局", layout.Problem);
        Assert.True(layout.IsLacking);
    }

    [Fact]
    public void MarkDefective_BareCode_MarksEverySubmittedMaterialWithThatCode()
    {
        var materials = Assess(["application-form"]);

        var marked = MaterialIntake.MarkDefective(materials, new Dictionary<string, string> { ["application-form"] = "未签字" });

        Assert.Equal(3, marked.Count(m => m.State == MaterialState.Defective && m.Problem == "未签字"));
    }

    [Fact]
    public void MarkDefective_MissingOrExemptedMaterial_IsLeftAsItIs()
    {
        var materials = Assess([], [Licence("ID-1", "resident-id-card")]);

        var marked = MaterialIntake.MarkDefective(materials, new Dictionary<string, string>
        {
            ["BUSINESS-LICENCE/operator-id"] = "模糊",
            ["BUSINESS-LICENCE/application-form"] = "未签字",
        });

        Assert.Equal(materials, marked);
    }

    [Fact]
    public void Receive_LackingMaterials_BecomeSubmittedAndLoseTheirProblem()
    {
        var materials = MaterialIntake.MarkDefective(Assess(["FOOD-BUSINESS-PERMIT/layout-and-process"]), new Dictionary<string, string> { ["layout-and-process"] = "缺少设备布局" });

        var received = MaterialIntake.Receive(materials, ["FOOD-BUSINESS-PERMIT/layout-and-process", "food-safety-rules"], supplied: false);

        var layout = Find(received, "FOOD-BUSINESS-PERMIT/layout-and-process");
        Assert.Equal(MaterialState.Submitted, layout.State);
        Assert.Null(layout.Problem);
        Assert.Equal(MaterialState.Submitted, Find(received, "FOOD-BUSINESS-PERMIT/food-safety-rules").State);
        Assert.Equal(MaterialState.Missing, Find(received, "FOOD-BUSINESS-PERMIT/health-certificates").State);
    }

    [Fact]
    public void Receive_SuppliedAfterTolerantAcceptance_IsMarkedSupplied()
    {
        var received = MaterialIntake.Receive(Assess([]), ["FOOD-BUSINESS-PERMIT/health-certificates"], supplied: true);

        Assert.Equal(MaterialState.Supplied, Find(received, "FOOD-BUSINESS-PERMIT/health-certificates").State);
        Assert.Single(received, m => m.State == MaterialState.Supplied);
    }

    [Fact]
    public void Receive_MaterialNotLacking_KeepsItsState()
    {
        var materials = Assess(["FOOD-BUSINESS-PERMIT/application-form"], [Licence("ID-1", "resident-id-card")]);

        var received = MaterialIntake.Receive(materials, ["FOOD-BUSINESS-PERMIT/application-form", "FOOD-BUSINESS-PERMIT/legal-representative-id"], supplied: true);

        Assert.Equal(MaterialState.Submitted, Find(received, "FOOD-BUSINESS-PERMIT/application-form").State);
        Assert.Equal(MaterialState.Exempted, Find(received, "FOOD-BUSINESS-PERMIT/legal-representative-id").State);
    }
}
