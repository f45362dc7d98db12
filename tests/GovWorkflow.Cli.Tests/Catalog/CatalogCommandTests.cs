using GovWorkflow.Cli.Tests.TestSupport;

namespace GovWorkflow.Cli.Tests.Catalog;

public sealed class CatalogCommandTests
{
    [Fact]
    public async Task List_PrintsEverySampleItemWithItsLimits()
    {
        var result = await Govwf.RunAsync("catalog", "list");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.StartsWith("编码\t名称\t实施部门", lines[0], StringComparison.Ordinal);
        Assert.Contains("FOOD-BUSINESS-PERMIT\t食品经营许可\t示范市东城区市场监督管理局\t承诺件\t10 个工作日\t5 个工作日\t允许\t允许", lines);
        Assert.Equal("共 17 个事项", lines[^1]);
        Assert.Equal(1 + 17 + 1, lines.Length);
    }

    [Fact]
    public async Task List_ByDepartment_IncludesItsSubordinateDepartments()
    {
        var result = await Govwf.RunAsync("catalog", "list", "--department", "SFS-SCJGJ");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("COMPANY-REGISTRATION\t", result.Out, StringComparison.Ordinal);
        Assert.Contains("FOOD-BUSINESS-PERMIT\t", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("FIRE-ACCEPTANCE", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_UnknownDepartment_IsRefused()
    {
        var result = await Govwf.RunAsync("catalog", "list", "--department", "SFS-NOWHERE");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("catalog.unknown-department", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_ListsMaterialsWithTolerableAndElectronicLicenceNotes()
    {
        var result = await Govwf.RunAsync("catalog", "show", "FIRE-ACCEPTANCE");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("延期：经批准可延长 15 个工作日", result.Out, StringComparison.Ordinal);
        Assert.Contains("建设单位营业执照（builder-licence）：主要材料，复印件 1 份，持有电子证照 business-licence 时免提交", result.Out, StringComparison.Ordinal);
        Assert.Contains("涉及消防的建设工程竣工图纸（fire-as-built-drawings）：次要材料，复印件 1 份，可容缺", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingCatalogFolder_IsRefusedWithAdvice()
    {
        using var folder = new TempDirectory();
        var result = await Govwf.RunInAsync(folder.Path, "catalog", "list");

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.Contains("samples/catalog", result.Error, StringComparison.Ordinal);
    }
}
