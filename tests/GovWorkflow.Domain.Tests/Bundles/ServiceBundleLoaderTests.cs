using GovWorkflow.Domain.Bundles;
using GovWorkflow.Domain.Deadlines;
using GovWorkflow.Domain.Errors;
using GovWorkflow.Domain.Tests.TestSupport;
using static GovWorkflow.Domain.Tests.Catalog.CatalogFixtures;

namespace GovWorkflow.Domain.Tests.Bundles;

public sealed class ServiceBundleLoaderTests
{
    /// <summary>Lines: 3 workflow, 6 promisedLimit, 7 correctionDays, 8 items, 9 first item, 10 second item.</summary>
    private const string Valid = """
        code: test-bundle
        name: 测试一件事
        workflow: flow.bpmn
        process: testBundle
        catalog: catalog
        promisedLimit: 5
        correctionDays: 5
        items:
          - { code: FOOD-BUSINESS-PERMIT, limitVariable: foodLimit }
          - { code: OUTDOOR-SIGN, limitVariable: signLimit, licenseType: sign-permit, combined: false }
        """;

    private static ServiceBundleLoadResult LoadText(string bundle)
    {
        using var folder = new TempDirectory();
        var catalog = Directory.CreateDirectory(Path.Combine(folder.Path, "catalog")).FullName;
        File.WriteAllText(Path.Combine(catalog, DepartmentsFile), Departments);
        File.WriteAllText(Path.Combine(catalog, "a-food.yaml"), FoodItem);
        File.WriteAllText(Path.Combine(catalog, "b-sign.yaml"), SignItem);
        folder.Write("flow.bpmn", "<definitions />");
        return ServiceBundleLoader.Load(folder.Write(ServiceBundleLoader.FileName, bundle));
    }

    private static DomainError SingleError(string bundle, string code)
    {
        var result = LoadText(bundle);
        Assert.Null(result.Bundle);
        var error = Assert.Single(result.Errors);
        Assert.Equal(code, error.Code);
        return error;
    }

    private static string Replace(string line, string with) => Valid.Replace(line, with, StringComparison.Ordinal);

    [Fact]
    public void Load_EverySampleBundle_LoadsWithoutErrors()
    {
        var files = SampleData.BundleFiles;

        Assert.True(files.Count >= 4, "samples/bundles holds " + files.Count + " bundles");
        Assert.All(files, file =>
        {
            var result = ServiceBundleLoader.Load(file);
            Assert.True(result.Errors.Count == 0, file + Environment.NewLine + string.Join(Environment.NewLine, result.Errors));
            Assert.NotNull(result.Bundle);
            Assert.Equal(Path.GetFileName(Path.GetDirectoryName(file)), result.Bundle.Code);
            Assert.True(File.Exists(result.Bundle.WorkflowPath), result.Bundle.WorkflowPath);
        });
    }

    [Fact]
    public void Load_RestaurantSample_ComputesTheParallelPolicyAndReadsTheSettings()
    {
        var bundle = ServiceBundleLoader.Load(SampleData.Bundle("restaurant-opening")).Bundle!;

        Assert.Equal("开办餐饮店一件事", bundle.Name);
        Assert.Equal("restaurantOpening", bundle.ProcessId);
        Assert.Equal(20, bundle.Policy.StatutoryLimit.Value);
        Assert.Equal(5, bundle.Policy.PromisedLimit.Value);
        Assert.Equal(HandlingMode.SingleDepartment, bundle.Policy.Handling);
        Assert.True(bundle.Policy.ExtensionAllowed);
        Assert.True(bundle.Settings.CombinedLicence);
        Assert.Equal([10, 5, 5, 20], new[] { bundle.Settings.CorrectionPeriod, bundle.Settings.TolerantPeriod, bundle.Settings.FollowUpPeriod, bundle.Settings.PostCheckPeriod }.Select(p => p.Value));
        Assert.Equal(["BUSINESS-LICENCE", "FOOD-BUSINESS-PERMIT", "OUTDOOR-SIGN"], bundle.Items.Select(i => i.Item.Code));
        Assert.Equal(["business-licence", "food-business-permit", "outdoor-sign"], bundle.Items.Select(i => i.LicenseType));
        Assert.Equal([false, true, true], bundle.Items.Select(i => i.InCombinedLicense));
    }

    [Fact]
    public void Load_JointAcceptanceSample_IsJointHandlingOfFortyFiveWorkingDays()
    {
        var bundle = ServiceBundleLoader.Load(SampleData.Bundle("completion-acceptance")).Bundle!;

        Assert.Equal(HandlingMode.Joint, bundle.Policy.Handling);
        Assert.Equal(45, bundle.Policy.StatutoryLimit.Value);
        Assert.Equal(DeadlinePolicy.JointExtension, bundle.Policy.ExtensionAllowance);
    }

    [Fact]
    public void Load_TolerantPeriodLongerThanThePromise_IsRefused()
    {
        var error = SingleError(Replace("promisedLimit: 5", "promisedLimit: 5\ntolerantDays: 6"), "bundle.tolerant-after-promise");

        Assert.Equal("tolerantDays", error.Location!.Field);
    }

    [Fact]
    public void Load_UnknownHandling_IsRefusedAtItsLine()
    {
        var error = SingleError(Replace("promisedLimit: 5", "promisedLimit: 5\nhandling: parallel"), "bundle.handling-invalid");

        Assert.Equal("handling", error.Location!.Field);
    }

    [Fact]
    public void Load_RestaurantSample_StartsWithEachItemsLimit()
    {
        var variables = ServiceBundleLoader.Load(SampleData.Bundle("restaurant-opening")).Bundle!.StartVariables();

        Assert.Equal(1L, variables["businessLicenceLimit"]);
        Assert.Equal(5L, variables["foodPermitLimit"]);
        Assert.Equal(5L, variables["outdoorSignLimit"]);
        Assert.Equal(20L, variables["postCheckDays"]);
    }

    [Fact]
    public void Load_CompletionAcceptanceSample_SharesTheLongestInspectionLimitAndListsTheDepartments()
    {
        var bundle = ServiceBundleLoader.Load(SampleData.Bundle("completion-acceptance")).Bundle!;
        var variables = bundle.StartVariables();

        Assert.True(bundle.Items.Select(i => i.Limit).Distinct().Count() > 1);
        Assert.Equal((long)bundle.Items.Max(i => i.Limit), variables["inspectionLimit"]);
        Assert.Equal(new List<object?> { "SFS-ZRZYJ", "SFS-ZJJ", "SFS-RFB", "SFS-CJDAG" }, variables["inspectingDepartments"]);
        Assert.Equal(HandlingMode.Joint, bundle.Policy.Handling);
    }

    [Fact]
    public void Load_CompanyOpeningSample_AllowsNoExtensionBecauseNoItemDoes()
    {
        var bundle = ServiceBundleLoader.Load(SampleData.Bundle("company-opening")).Bundle!;

        Assert.False(bundle.Policy.ExtensionAllowed);
        Assert.Equal(bundle.Items.Max(i => i.Item.Deadline.StatutoryLimit.Value), bundle.Policy.StatutoryLimit.Value);
        Assert.Equal(0, bundle.Policy.PromisedLimit.Value);
        Assert.Equal(ItemKind.Immediate, bundle.Policy.Kind);
    }

    [Fact]
    public void Load_NewbornSample_ImmediateItemsStartWithTheirStatutoryLimit()
    {
        var bundle = ServiceBundleLoader.Load(SampleData.Bundle("newborn")).Bundle!;

        Assert.Equal(5L, bundle.StartVariables()["birthCertificateLimit"]);
        Assert.Equal(10L, bundle.StartVariables()["socialSecurityCardLimit"]);
    }

    [Fact]
    public void Load_BundleFileOrItsFolder_GiveTheSameBundle()
    {
        var byFolder = ServiceBundleLoader.Load(SampleData.Bundle("newborn")).Bundle!;
        var byFile = ServiceBundleLoader.Load(Path.Combine(SampleData.Bundle("newborn"), ServiceBundleLoader.FileName)).Bundle!;

        Assert.Equal(byFolder.WorkflowPath, byFile.WorkflowPath);
        Assert.Equal(byFolder.Policy, byFile.Policy);
    }

    [Fact]
    public void Load_ValidFile_ResolvesPathsFromTheFileAndReadsItemOptions()
    {
        var result = LoadText(Valid);

        Assert.Empty(result.Errors);
        var bundle = result.Bundle!;
        Assert.True(Path.IsPathFullyQualified(bundle.WorkflowPath));
        Assert.Equal("flow.bpmn", Path.GetFileName(bundle.WorkflowPath));
        Assert.Equal(5, bundle.Settings.CorrectionPeriod.Value);
        Assert.Equal(HandlingMode.SingleDepartment, bundle.Policy.Handling);
        Assert.Equal(20, bundle.Policy.StatutoryLimit.Value);
        Assert.Equal("sign-permit", bundle.Items[1].LicenseType);
        Assert.False(bundle.Items[1].InCombinedLicense);
        Assert.True(bundle.Items[0].InCombinedLicense);
    }

    [Fact]
    public void Load_WorkflowFileMissing_IsLocatedAtTheWorkflowField()
    {
        var error = SingleError(Replace("workflow: flow.bpmn", "workflow: lost.bpmn"), "bundle.workflow-missing");

        AssertAt(error, ServiceBundleLoader.FileName, 3, "workflow");
    }

    [Fact]
    public void Load_ItemNotInTheCatalog_IsLocatedAtItsCode()
    {
        var error = SingleError(Replace("code: OUTDOOR-SIGN", "code: OUTDOOR-SIGNS"), "bundle.item-unknown");

        AssertAt(error, ServiceBundleLoader.FileName, 10, "items[1].code");
        Assert.Contains("OUTDOOR-SIGNS", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NoItems_IsRefusedAtTheList()
    {
        var text = Valid[..Valid.IndexOf("items:", StringComparison.Ordinal)] + "items: []\n";

        var error = SingleError(text, "bundle.no-items");

        AssertAt(error, ServiceBundleLoader.FileName, 8, "items");
    }

    [Theory]
    [InlineData("promisedLimit: 21")]
    [InlineData("promisedLimit: -1")]
    public void Load_PromiseOutsideZeroToTheLongestStatutoryLimit_IsLocatedAtThePromise(string line)
    {
        var error = SingleError(Replace("promisedLimit: 5", line), "bundle.promise-range");

        AssertAt(error, ServiceBundleLoader.FileName, 6, "promisedLimit");
    }

    [Fact]
    public void Load_PromiseEqualToTheLongestStatutoryLimit_IsAccepted()
    {
        Assert.Empty(LoadText(Replace("promisedLimit: 5", "promisedLimit: 20")).Errors);
    }

    [Fact]
    public void Load_NegativePeriod_IsLocatedAtThatPeriod()
    {
        var error = SingleError(Replace("correctionDays: 5", "correctionDays: -2"), "bundle.period-range");

        AssertAt(error, ServiceBundleLoader.FileName, 7, "correctionDays");
    }

    [Fact]
    public void Load_MisspelledField_IsRefusedAndTheRequiredFieldReportedMissing()
    {
        var result = LoadText(Replace("promisedLimit: 5", "promisedLimt: 5"));

        Assert.Null(result.Bundle);
        Assert.Equal(["catalog.field-missing", "catalog.field-unknown"], result.Errors.Select(e => e.Code).Order(StringComparer.Ordinal));
        var unknown = Assert.Single(result.Errors, e => e.Code == "catalog.field-unknown");
        AssertAt(unknown, ServiceBundleLoader.FileName, 6, "promisedLimt");
        Assert.Contains("promisedLimit", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ItemWithoutLimitVariable_IsLocatedAtTheItem()
    {
        var error = SingleError(Replace(", limitVariable: foodLimit", string.Empty), "catalog.field-missing");

        AssertAt(error, ServiceBundleLoader.FileName, 9, "items[0].limitVariable");
    }

    [Fact]
    public void Load_QuotedNumber_IsATypeErrorNotAString()
    {
        var error = SingleError(Replace("promisedLimit: 5", "promisedLimit: \"5\""), "catalog.field-type");

        AssertAt(error, ServiceBundleLoader.FileName, 6, "promisedLimit");
    }

    [Fact]
    public void Load_CatalogFolderMissing_ReportsTheCatalogsErrorAndNoBundle()
    {
        var result = LoadText(Replace("catalog: catalog", "catalog: nowhere"));

        Assert.Null(result.Bundle);
        Assert.Equal("catalog.directory-missing", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void Load_VariablesMapping_IsReadInFileOrderAsPlainValues()
    {
        var bundle = LoadText(Valid + "\nvariables: { inspectors: [A, B], rounds: 2, label: 联合验收 }\n").Bundle!;

        Assert.Equal(["inspectors", "rounds", "label"], bundle.Settings.Variables.Select(v => v.Key));
        Assert.Equal(2L, bundle.StartVariables()["rounds"]);
        Assert.Equal(new List<object?> { "A", "B" }, bundle.StartVariables()["inspectors"]);
    }

    [Fact]
    public void Load_FolderWithoutBundleFile_IsReportedNotThrown()
    {
        using var folder = new TempDirectory();

        var result = ServiceBundleLoader.Load(folder.Path);

        Assert.Null(result.Bundle);
        Assert.Equal("samples.file-unreadable", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void Load_TopLevelList_IsRefused()
    {
        var error = SingleError("- code: a\n", "samples.top-level");

        Assert.Equal(1, error.Location!.Line);
    }
}
