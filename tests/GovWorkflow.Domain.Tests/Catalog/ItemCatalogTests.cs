using GovWorkflow.Domain.Calendar;
using GovWorkflow.Domain.Catalog;
using GovWorkflow.Domain.Deadlines;
using GovWorkflow.Domain.Errors;
using static GovWorkflow.Domain.Tests.Catalog.CatalogFixtures;

namespace GovWorkflow.Domain.Tests.Catalog;

public sealed class ItemCatalogTests
{
    private static readonly Department City = new("SFS-SCJGJ", "示范市市场监督管理局", DepartmentLevel.City);
    private static readonly Department District = new("SFS-DCQ-SCJGJ", "示范市东城区市场监督管理局", DepartmentLevel.District, "SFS-SCJGJ");

    private static readonly ItemCatalog Catalog = LoadFiles(
        (DepartmentsFile, Departments), ("a-food.yaml", FoodItem), ("b-sign.yaml", SignItem)).Catalog!;

    private static ServiceItem Item(string code, string department = "SFS-DCQ-SCJGJ", params MaterialRequirement[] materials) =>
        new(code, "事项", department, "某法第一条", DeadlinePolicy.ForPromisedItem(new WorkingDays(5)),
            materials.Length > 0 ? materials : [new MaterialRequirement("application-form", "申请书", MaterialImportance.Primary, MaterialForm.Original)]);

    [Fact]
    public void GetItem_KnownCode_ReturnsTheItem()
    {
        var item = Catalog.GetItem("FOOD-BUSINESS-PERMIT");

        Assert.Equal("食品经营许可", item.Name);
        Assert.Equal(new WorkingDays(10), item.Deadline.StatutoryLimit);
        Assert.Equal(new WorkingDays(5), item.Deadline.PromisedLimit);
    }

    [Fact]
    public void GetItem_UnknownCode_ThrowsDomainExceptionWithStableCodeAndCloseCodes()
    {
        var ex = Assert.Throws<DomainException>(() => Catalog.GetItem("FOOD-BUSINES-PERMIT"));

        var error = Assert.Single(ex.Errors);
        Assert.Equal("catalog.unknown-item", error.Code);
        Assert.Contains("FOOD-BUSINES-PERMIT", error.Message, StringComparison.Ordinal);
        Assert.Contains("FOOD-BUSINESS-PERMIT", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("OUTDOOR-SIGN", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetItem_UnknownCodeWithNothingClose_SaysHowManyItemsThereAreInsteadOfListingThem()
    {
        var error = Assert.Single(Assert.Throws<DomainException>(() => Catalog.GetItem("X")).Errors);

        Assert.Contains("共有 2 个事项", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("FOOD-BUSINESS-PERMIT", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryGetItem_IsCaseSensitive()
    {
        Assert.True(Catalog.TryGetItem("OUTDOOR-SIGN", out var found));
        Assert.Equal("户外招牌设置审批", found.Name);
        Assert.False(Catalog.TryGetItem("outdoor-sign", out var missing));
        Assert.Null(missing);
    }

    [Fact]
    public void GetDepartment_KnownAndUnknown()
    {
        Assert.Equal("示范市东城区市场监督管理局", Catalog.GetDepartment("SFS-DCQ-SCJGJ").Name);
        Assert.True(Catalog.TryGetDepartment("SFS-SCJGJ", out var city));
        Assert.Equal(DepartmentLevel.City, city.Level);
        var ex = Assert.Throws<DomainException>(() => Catalog.GetDepartment("SFS-XXX"));
        Assert.Equal("catalog.unknown-department", Assert.Single(ex.Errors).Code);
    }

    [Fact]
    public void GetItemsOfDepartment_ReturnsItsOwnItemsInLoadOrder()
    {
        Assert.Equal(["FOOD-BUSINESS-PERMIT", "OUTDOOR-SIGN"], Catalog.GetItemsOfDepartment("SFS-DCQ-SCJGJ").Select(i => i.Code));
        Assert.Empty(Catalog.GetItemsOfDepartment("SFS-SCJGJ"));
        Assert.Empty(Catalog.GetItemsOfDepartment("SFS-UNKNOWN"));
    }

    [Fact]
    public void ServiceItem_TryGetMaterial_FindsByCode()
    {
        var item = Catalog.GetItem("FOOD-BUSINESS-PERMIT");

        Assert.True(item.TryGetMaterial("health-certificates", out var material));
        Assert.True(material.ToleratedWhenMissing);
        Assert.False(item.TryGetMaterial("photo", out _));
    }

    [Fact]
    public void ServiceItem_CopiesItsMaterials_SoTheCallerCannotChangeThemLater()
    {
        var materials = new List<MaterialRequirement> { new("application-form", "申请书", MaterialImportance.Primary, MaterialForm.Original) };
        var item = new ServiceItem("X-ITEM", "事项", "SFS-SCJGJ", "某法", DeadlinePolicy.ForPromisedItem(new WorkingDays(5)), materials);

        materials.Add(new MaterialRequirement("extra", "额外材料", MaterialImportance.Secondary, MaterialForm.Copy));

        Assert.Single(item.Materials);
    }

    [Fact]
    public void Create_ValidDepartmentsAndItems_BuildsTheCatalog()
    {
        var result = ItemCatalog.Create([City, District], [Item("FIRST-ITEM"), Item("SECOND-ITEM", "SFS-SCJGJ")]);

        Assert.Empty(result.Errors);
        Assert.Equal(["FIRST-ITEM", "SECOND-ITEM"], result.Catalog!.Items.Select(i => i.Code));
        Assert.Equal(2, result.Catalog.Departments.Count);
    }

    [Fact]
    public void Create_AppliesTheLoadersRules_WithInMemoryPaths()
    {
        var tolerablePrimary = new MaterialRequirement("application-form", "申请书", MaterialImportance.Primary, MaterialForm.Original, 1, ToleratedWhenMissing: true);

        var result = ItemCatalog.Create([City], [Item("GOOD-ITEM", "SFS-SCJGJ"), Item("BAD-ITEM", "SFS-NONE", tolerablePrimary), Item("GOOD-ITEM", "SFS-SCJGJ")]);

        Assert.Null(result.Catalog);
        Assert.Equal(
            [("catalog.unknown-department", "items[1].department"),
             ("catalog.material-tolerable-primary", "items[1].materials[0].tolerable"),
             ("catalog.tolerance-mismatch", "items[1].tolerantAcceptance"),
             ("catalog.duplicate-code", "items[2].code")],
            result.Errors.Select(e => (e.Code, e.Location!.Field!)));
        Assert.All(result.Errors, e => Assert.Null(e.Location!.File));
    }

    [Fact]
    public void Create_BlankNames_AreRefused()
    {
        var result = ItemCatalog.Create([City with { Name = " " }], [new ServiceItem("X-ITEM", "", "SFS-SCJGJ", "某法", DeadlinePolicy.ForPromisedItem(new WorkingDays(5)), [])]);

        Assert.Equal(
            [("catalog.field-missing", "departments[0].name"), ("catalog.field-missing", "items[0].name"), ("catalog.field-missing", "items[0].materials")],
            result.Errors.Select(e => (e.Code, e.Location!.Field!)));
    }

    [Fact]
    public void Empty_HasNothingAndFindsNothing()
    {
        Assert.Empty(ItemCatalog.Empty.Items);
        Assert.Empty(ItemCatalog.Empty.Departments);
        Assert.False(ItemCatalog.Empty.TryGetItem("ANY", out _));
    }
}
