using GovWorkflow.Domain.Catalog;
using GovWorkflow.Domain.Errors;

namespace GovWorkflow.Domain.Tests.Catalog;

public sealed class YamlDocumentsTests
{
    private const string FileName = "sample.yaml";

    private static (YamlObject? Top, DomainError Error) OpenBroken(string text)
    {
        var errors = new List<DomainError>();
        var top = YamlDocuments.Open(text, FileName, errors);
        return (top, Assert.Single(errors));
    }

    [Fact]
    public void Open_Mapping_ReturnsTheTopWithoutErrors()
    {
        var errors = new List<DomainError>();

        var top = YamlDocuments.Open("code: a\nname: 名称\n", FileName, errors);

        Assert.NotNull(top);
        Assert.Empty(errors);
        Assert.Equal("名称", top.ReadText("name"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    public void Open_NothingInTheFile_IsRefusedAtLineOne(string text)
    {
        var (top, error) = OpenBroken(text);

        Assert.Null(top);
        Assert.Equal("samples.top-level", error.Code);
        Assert.Equal(new SourceLocation(FileName, 1, 1), error.Location);
    }

    [Theory]
    [InlineData("- a\n- b\n")]
    [InlineData("just text\n")]
    public void Open_TopIsNotAMapping_IsRefused(string text)
    {
        var (top, error) = OpenBroken(text);

        Assert.Null(top);
        Assert.Equal("samples.top-level", error.Code);
        Assert.Equal(1, error.Location!.Line);
    }

    [Fact]
    public void Open_SyntaxError_ReportsFileLineAndColumn()
    {
        var (top, error) = OpenBroken("code: a\nname: b: c\n");

        Assert.Null(top);
        Assert.Equal(CatalogErrors.YamlSyntaxCode, error.Code);
        Assert.Equal(FileName, error.Location!.File);
        Assert.Equal(2, error.Location.Line);
        Assert.NotNull(error.Location.Column);
    }

    [Fact]
    public void Open_UnclosedFlowMapping_IsASyntaxErrorNotAnException()
    {
        var (top, error) = OpenBroken("steps:\n  - { after: 1, at: \"10:00\"\nname: x\n");

        Assert.Null(top);
        Assert.Equal(CatalogErrors.YamlSyntaxCode, error.Code);
    }

    [Fact]
    public void Open_SameKeyTwice_IsASyntaxError()
    {
        var (_, error) = OpenBroken("code: a\ncode: b\n");

        Assert.Equal(CatalogErrors.YamlSyntaxCode, error.Code);
        Assert.Equal(2, error.Location!.Line);
    }

    [Fact]
    public void ReadFile_Utf8File_ReturnsItsText()
    {
        using var folder = new TempDirectory();
        var errors = new List<DomainError>();

        var text = YamlDocuments.ReadFile(folder.Write(FileName, "name: 开办餐饮店一件事\n"), errors);

        Assert.Equal("name: 开办餐饮店一件事\n", text);
        Assert.Empty(errors);
    }

    [Fact]
    public void ReadFile_MissingFile_IsReportedWithThePath()
    {
        using var folder = new TempDirectory();
        var errors = new List<DomainError>();
        var path = Path.Combine(folder.Path, "missing.yaml");

        Assert.Null(YamlDocuments.ReadFile(path, errors));

        var error = Assert.Single(errors);
        Assert.Equal("samples.file-unreadable", error.Code);
        Assert.Equal(path, error.Location!.File);
    }
}
