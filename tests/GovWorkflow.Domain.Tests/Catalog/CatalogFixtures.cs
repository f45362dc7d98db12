using GovWorkflow.Domain.Catalog;
using GovWorkflow.Domain.Errors;

namespace GovWorkflow.Domain.Tests.Catalog;

/// <summary>Small catalogs whose line numbers the tests can count, and a way to load them from real files.</summary>
internal static class CatalogFixtures
{
    public const string DepartmentsFile = "departments.yaml";
    public const string ItemsFile = "items.yaml";

    /// <summary>Lines: 2 SFS-SCJGJ entry, 5 SFS-DCQ-SCJGJ entry, 8 its parent.</summary>
    public const string Departments = """
        departments:
          - code: SFS-SCJGJ
            name: 示范市市场监督管理局
            level: city
          - code: SFS-DCQ-SCJGJ
            name: 示范市东城区市场监督管理局
            level: district
            parent: SFS-SCJGJ
        """;

    /// <summary>
    /// Lines: 2 item entry, 4 department, 6 deadline, 7 kind, 8 statutoryLimit, 9 promisedLimit,
    /// 10 tolerantAcceptance, 12 first material, 13 second material.
    /// </summary>
    public const string FoodItem = """
        items:
          - code: FOOD-BUSINESS-PERMIT
            name: 食品经营许可
            department: SFS-DCQ-SCJGJ
            legalBasis: 《中华人民共和国食品安全法》第三十五条
            deadline:
              kind: promised
              statutoryLimit: 10
              promisedLimit: 5
            tolerantAcceptance: true
            materials:
              - { code: application-form, name: 食品经营许可申请书, importance: primary, form: original }
              - { code: health-certificates, name: 从业人员健康证明, importance: secondary, tolerable: true, form: copy }
        """;

    /// <summary>A second item for the same department, as a whole file. Lines: 2 item entry.</summary>
    public const string SignItem = """
        items:
          - code: OUTDOOR-SIGN
            name: 户外招牌设置审批
            department: SFS-DCQ-SCJGJ
            legalBasis: 《城市市容和环境卫生管理条例》第十一条
            deadline: { kind: promised, statutoryLimit: 20, promisedLimit: 5 }
            materials:
              - { code: application-form, name: 户外招牌设置申请表, importance: primary, form: original }
        """;

    /// <summary>Loads the fixture departments plus the given items file from a real folder.</summary>
    public static ItemCatalogLoadResult LoadItems(string items) =>
        LoadFiles((DepartmentsFile, Departments), (ItemsFile, items));

    /// <summary>Writes the files into a fresh folder and loads it.</summary>
    public static ItemCatalogLoadResult LoadFiles(params (string Name, string Text)[] files)
    {
        using var folder = new TempDirectory();
        foreach (var (name, text) in files)
        {
            folder.Write(name, text);
        }

        return ItemCatalogLoader.LoadDirectory(folder.Path);
    }

    /// <summary>The single error of a refused catalog, checked to have the expected code.</summary>
    public static DomainError SingleError(ItemCatalogLoadResult result, string code)
    {
        Assert.Null(result.Catalog);
        var error = Assert.Single(result.Errors);
        Assert.Equal(code, error.Code);
        return error;
    }

    /// <summary>Asserts the file name (not the temp folder), line and field path of a location.</summary>
    public static void AssertAt(DomainError error, string file, int line, string field)
    {
        Assert.NotNull(error.Location);
        Assert.Equal(file, Path.GetFileName(error.Location.File));
        Assert.Equal(line, error.Location.Line);
        Assert.Equal(field, error.Location.Field);
    }
}
