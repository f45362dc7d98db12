using System.Globalization;
using System.Text;
using GovWorkflow.Domain.Catalog;
using GovWorkflow.Domain.Deadlines;

namespace GovWorkflow.Domain.Tests.Catalog;

/// <summary>The shipped <c>samples/catalog</c> folder: it loads, and it holds what the bundles need.</summary>
public sealed class SampleCatalogTests
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.Samples, "catalog");

    private static readonly Lazy<ItemCatalog> Sample = new(() =>
    {
        var result = ItemCatalogLoader.LoadDirectory(Folder);
        Assert.True(result.Errors.Count == 0, string.Join(Environment.NewLine, result.Errors));
        return result.Catalog!;
    });

    private static readonly string[] ElectronicLicenseTypes =
        ["resident-id-card", "business-licence", "birth-medical-certificate", "real-estate-certificate", "household-register"];

    [Fact]
    public void LoadDirectory_Samples_LoadsWithoutErrors()
    {
        var result = ItemCatalogLoader.LoadDirectory(Folder);

        Assert.Empty(result.Errors);
        Assert.NotNull(result.Catalog);
    }

    [Theory]
    [InlineData("BUSINESS-LICENCE", "SFS-DCQ-SCJGJ")]
    [InlineData("FOOD-BUSINESS-PERMIT", "SFS-DCQ-SCJGJ")]
    [InlineData("OUTDOOR-SIGN", "SFS-DCQ-CGJ")]
    [InlineData("COMPANY-REGISTRATION", "SFS-SCJGJ")]
    [InlineData("SEAL-ENGRAVING", "SFS-GAJ")]
    [InlineData("TAX-REGISTRATION", "SFS-SWJ")]
    [InlineData("BANK-ACCOUNT-RECORD", "SFS-RMYH")]
    [InlineData("SOCIAL-INSURANCE-ENROLMENT", "SFS-RSJ")]
    [InlineData("PLANNING-VERIFICATION", "SFS-ZRZYJ")]
    [InlineData("FIRE-ACCEPTANCE", "SFS-ZJJ")]
    [InlineData("CIVIL-AIR-DEFENCE-ACCEPTANCE", "SFS-RFB")]
    [InlineData("CONSTRUCTION-ARCHIVES-ACCEPTANCE", "SFS-CJDAG")]
    [InlineData("COMPLETION-ACCEPTANCE-FILING", "SFS-ZJJ")]
    [InlineData("BIRTH-MEDICAL-CERTIFICATE", "SFS-WJW")]
    [InlineData("HOUSEHOLD-BIRTH-REGISTRATION", "SFS-DCQ-XHJD-PCS")]
    [InlineData("RESIDENT-MEDICAL-INSURANCE-ENROLMENT", "SFS-DCQ-YBJ")]
    [InlineData("SOCIAL-SECURITY-CARD-APPLICATION", "SFS-DCQ-RSJ")]
    public void Samples_ContainEveryBundleItem_WithItsDepartmentAndThreeToSixMaterials(string code, string department)
    {
        var item = Sample.Value.GetItem(code);

        Assert.Equal(department, item.DepartmentCode);
        Assert.True(Sample.Value.TryGetDepartment(department, out _));
        Assert.InRange(item.Materials.Count, 3, 6);
        Assert.False(string.IsNullOrWhiteSpace(item.LegalBasis));
    }

    [Fact]
    public void Samples_BusinessLicence_HasTheRegulationsThreeDaysAndAOneDayPromise()
    {
        var deadline = Sample.Value.GetItem("BUSINESS-LICENCE").Deadline;

        Assert.Equal(3, deadline.StatutoryLimit.Value);
        Assert.Equal(1, deadline.PromisedLimit.Value);
        Assert.Contains("市场主体登记管理条例", Sample.Value.GetItem("BUSINESS-LICENCE").LegalBasis, StringComparison.Ordinal);
    }

    [Fact]
    public void Samples_CompanyOpeningItems_AreDoneTheSameDayOrPromisedInOneDay()
    {
        string[] codes = ["COMPANY-REGISTRATION", "SEAL-ENGRAVING", "TAX-REGISTRATION", "BANK-ACCOUNT-RECORD", "SOCIAL-INSURANCE-ENROLMENT"];

        Assert.All(codes.Select(Sample.Value.GetItem), item =>
            Assert.True(item.Deadline.Kind == ItemKind.Immediate || item.Deadline.PromisedLimit.Value == 1, item.Code));
    }

    [Fact]
    public void Samples_CompletionAcceptanceItems_AreJointWithTheirOwnStatutoryLimitsWithinTheBundlesFifteenDays()
    {
        string[] codes = ["PLANNING-VERIFICATION", "FIRE-ACCEPTANCE", "CIVIL-AIR-DEFENCE-ACCEPTANCE", "CONSTRUCTION-ARCHIVES-ACCEPTANCE", "COMPLETION-ACCEPTANCE-FILING"];
        var items = codes.Select(Sample.Value.GetItem).ToList();

        Assert.All(items, item => Assert.Equal(HandlingMode.Joint, item.Deadline.Handling));
        Assert.All(items, item => Assert.InRange(item.Deadline.PromisedLimit.Value, 1, 15));
        Assert.True(items.Select(i => i.Deadline.StatutoryLimit).Distinct().Count() > 1);
    }

    [Fact]
    public void Samples_ElectronicLicences_UseTheKnownTypesAndCoverEachOfThem()
    {
        var used = Sample.Value.Items.SelectMany(i => i.Materials).Select(m => m.ElectronicLicenseType).OfType<string>().ToHashSet(StringComparer.Ordinal);

        Assert.Subset(ElectronicLicenseTypes.ToHashSet(StringComparer.Ordinal), used);
        Assert.Superset(ElectronicLicenseTypes.ToHashSet(StringComparer.Ordinal), used);
    }

    [Fact]
    public void Samples_OfferTolerantAcceptanceAndCommitmentApprovalSomewhere()
    {
        Assert.Contains(Sample.Value.Items, i => i.TolerantAcceptanceAllowed && i.Materials.Any(m => m.ToleratedWhenMissing));
        Assert.Contains(Sample.Value.Items, i => i.CommitmentApprovalAllowed);
        Assert.True(Sample.Value.GetItem("FOOD-BUSINESS-PERMIT").TryGetMaterial("health-certificates", out var health));
        Assert.Equal(MaterialImportance.Secondary, health.Importance);
        Assert.True(health.ToleratedWhenMissing);
    }

    [Fact]
    public void Samples_Departments_SpanCityDistrictSubdistrictAndCommunity()
    {
        var catalog = Sample.Value;

        Assert.Equal(
            ["SFS-DCQ-XHJD-BMFWZX", "SFS-DCQ-ZWFWJ", "SFS-ZWFWJ"],
            catalog.GetAncestors("SFS-DCQ-XHJD-HPSQ-BMFWZ").Select(d => d.Code));
        Assert.Equal("示范市政务服务管理局", catalog.GetDepartment("SFS-ZWFWJ").Name);
        Assert.Contains(catalog.GetChildren("SFS-SCJGJ"), d => d.Code == "SFS-DCQ-SCJGJ");
        Assert.All(catalog.Departments, d => Assert.StartsWith("SFS-", d.Code, StringComparison.Ordinal));
    }

    [Fact]
    public void LoadDirectory_Samples_IsDeterministic()
    {
        var first = Render(ItemCatalogLoader.LoadDirectory(Folder).Catalog!);
        var second = Render(ItemCatalogLoader.LoadDirectory(Folder).Catalog!);

        Assert.Equal(first, second);
    }

    [Fact]
    public void LoadDirectory_SamplesCopiedInReverseOrder_GivesTheSameCatalog()
    {
        using var copy = new TempDirectory();
        foreach (var file in Directory.GetFiles(Folder).OrderDescending(StringComparer.Ordinal))
        {
            File.Copy(file, Path.Combine(copy.Path, Path.GetFileName(file)));
        }

        Assert.Equal(Render(Sample.Value), Render(ItemCatalogLoader.LoadDirectory(copy.Path).Catalog!));
    }

    private static string Render(ItemCatalog catalog)
    {
        var text = new StringBuilder();
        foreach (var d in catalog.Departments)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{d}");
        }

        foreach (var item in catalog.Items)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{item.Code} {item.DepartmentCode} {item.Deadline} {item.TolerantAcceptanceAllowed} {item.CommitmentApprovalAllowed}");
            foreach (var m in item.Materials)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {m}");
            }
        }

        return text.ToString();
    }
}
