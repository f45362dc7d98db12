using GovWorkflow.Domain.Bundles;
using GovWorkflow.Domain.Calendar;
using GovWorkflow.Domain.Catalog;
using GovWorkflow.Domain.Deadlines;
using static GovWorkflow.Domain.Tests.Cases.CaseFixtures;

namespace GovWorkflow.Domain.Tests.Bundles;

public sealed class ServiceBundleTests
{
    private static ServiceBundle Bundle(int promised, BundleSettings? settings = null, params BundleItem[] items) =>
        new("test", "测试一件事", "test", "/flows/test.bpmn", items, new WorkingDays(promised), settings ?? new BundleSettings());

    private static BundleItem Of(ServiceItem item, string variable) => new(item, variable, item.Code.ToLowerInvariant());

    [Fact]
    public void Policy_ItemsOfTwoDepartmentsInParallel_TakesTheLongestStatutoryLimitAndSingleHandling()
    {
        var bundle = Bundle(5, null,
            Of(Item("A", "DEPT-A", statutory: 10, promised: 5, extensionAllowed: false), "aLimit"),
            Of(Item("B", "DEPT-B", statutory: 20, promised: 5, extensionAllowed: false), "bLimit"));

        Assert.Equal(ItemKind.Promised, bundle.Policy.Kind);
        Assert.Equal(20, bundle.Policy.StatutoryLimit.Value);
        Assert.Equal(5, bundle.Policy.PromisedLimit.Value);
        Assert.Equal(HandlingMode.SingleDepartment, bundle.Policy.Handling);
        Assert.False(bundle.Policy.ExtensionAllowed);
    }

    [Fact]
    public void Policy_ItemsOfOneDepartment_IsSingleDepartmentHandling()
    {
        var bundle = Bundle(5, null,
            Of(Item("A", "DEPT-A", statutory: 10, promised: 5), "aLimit"),
            Of(Item("B", "DEPT-A", statutory: 20, promised: 5), "bLimit"));

        Assert.Equal(HandlingMode.SingleDepartment, bundle.Policy.Handling);
        Assert.Equal(DeadlinePolicy.SingleExtension, bundle.Policy.ExtensionAllowance);
    }

    [Fact]
    public void Policy_OneItemAllowsExtension_AllowsTheArticle42Extension()
    {
        var bundle = Bundle(5, null,
            Of(Item("A", "DEPT-A", statutory: 10, promised: 5, extensionAllowed: false), "aLimit"),
            Of(Item("B", "DEPT-B", statutory: 20, promised: 5, extensionAllowed: true), "bLimit"));

        Assert.True(bundle.Policy.ExtensionAllowed);
        Assert.Equal(DeadlinePolicy.SingleExtension, bundle.Policy.ExtensionAllowance);
    }

    [Fact]
    public void Policy_NoPromise_IsAnImmediateCase()
    {
        var bundle = Bundle(0, null, Of(Item("A", "DEPT-A", statutory: 5, promised: 0), "aLimit"));

        Assert.Equal(ItemKind.Immediate, bundle.Policy.Kind);
        Assert.Equal(5, bundle.Policy.StatutoryLimit.Value);
    }

    [Fact]
    public void Constructor_PromiseLongerThanTheLongestStatutoryLimit_Throws()
    {
        Assert.Throws<ArgumentException>(() => Bundle(30, null, Of(Item("A", "DEPT-A", statutory: 20, promised: 5), "aLimit")));
    }

    [Fact]
    public void Limit_PromisedItem_IsThePromise_ImmediateItem_IsTheStatutoryLimit()
    {
        Assert.Equal(5, Of(Item("A", "DEPT-A", statutory: 20, promised: 5), "aLimit").Limit);
        Assert.Equal(3, Of(Item("B", "DEPT-A", statutory: 3, promised: 0), "bLimit").Limit);
    }

    [Fact]
    public void StartVariables_DefaultSettings_HoldThePeriodsAndEachItemsLimit()
    {
        var bundle = Bundle(5, null,
            Of(Item("A", "DEPT-A", statutory: 10, promised: 4), "aLimit"),
            Of(Item("B", "DEPT-B", statutory: 3, promised: 0), "bLimit"));

        var variables = bundle.StartVariables();

        Assert.Equal(
            new Dictionary<string, object?>
            {
                ["correctionDays"] = 10L,
                ["followUpDays"] = 5L,
                ["postCheckDays"] = 20L,
                ["commitmentApproval"] = false,
                ["aLimit"] = 4L,
                ["bLimit"] = 3L,
            },
            variables);
    }

    [Fact]
    public void StartVariables_ItemsSharingAVariable_GetTheLongestOfTheirLimitsInAnyOrder()
    {
        var shortItem = Of(Item("A", "DEPT-A", statutory: 20, promised: 3), "inspectionLimit");
        var longItem = Of(Item("B", "DEPT-B", statutory: 20, promised: 10), "inspectionLimit");

        Assert.Equal(10L, Bundle(15, null, shortItem, longItem).StartVariables()["inspectionLimit"]);
        Assert.Equal(10L, Bundle(15, null, longItem, shortItem).StartVariables()["inspectionLimit"]);
    }

    [Fact]
    public void StartVariables_BundleVariables_AreAddedAndMayOverrideTheDefaults()
    {
        var settings = new BundleSettings
        {
            CorrectionPeriod = new WorkingDays(3),
            Variables = [new("inspectingDepartments", new List<object?> { "DEPT-A", "DEPT-B" }), new("commitmentApproval", true)],
        };

        var variables = Bundle(5, settings, Of(Item("A", "DEPT-A", statutory: 10, promised: 4), "aLimit")).StartVariables();

        Assert.Equal(3L, variables["correctionDays"]);
        Assert.Equal(true, variables["commitmentApproval"]);
        Assert.Equal(new List<object?> { "DEPT-A", "DEPT-B" }, variables["inspectingDepartments"]);
    }

    [Fact]
    public void BundleSettings_Defaults_FollowCommonPractice()
    {
        var settings = new BundleSettings();

        Assert.Equal(10, settings.CorrectionPeriod.Value);
        Assert.Equal(20, settings.TolerantPeriod.Value);
        Assert.Equal(5, settings.FollowUpPeriod.Value);
        Assert.Equal(20, settings.PostCheckPeriod.Value);
        Assert.False(settings.CombinedLicence);
        Assert.Empty(settings.Variables);
    }
}
