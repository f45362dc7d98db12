using GovWorkflow.Domain.Catalog;
using GovWorkflow.Domain.Errors;
using NodaTime;

namespace GovWorkflow.Domain.Tests.Catalog;

/// <summary>The field readers the sample files (bundles, scenarios, people, licences) share.</summary>
public sealed class YamlObjectTests
{
    private const string FileName = "test.yaml";

    private static (YamlObject Top, List<DomainError> Errors) Open(string text)
    {
        var errors = new List<DomainError>();
        var top = YamlDocuments.Open(text, FileName, errors);
        Assert.NotNull(top);
        Assert.Empty(errors);
        return (top, errors);
    }

    [Fact]
    public void ReadTextList_Sequence_ReturnsTheTrimmedTexts()
    {
        var (top, errors) = Open("roles: [ clerk ,  approver]\n");

        Assert.Equal(["clerk", "approver"], top.ReadTextList("roles", required: true));
        Assert.Empty(errors);
    }

    [Fact]
    public void ReadTextList_OneScalar_IsAListOfOne()
    {
        var (top, _) = Open("roles: clerk\n");

        Assert.Equal(["clerk"], top.ReadTextList("roles", required: true));
    }

    [Fact]
    public void ReadTextList_ElementThatIsNotText_IsReportedAtTheElementAndLeftOut()
    {
        var (top, errors) = Open("roles:\n  - clerk\n  - { name: x }\n");

        Assert.Equal(["clerk"], top.ReadTextList("roles", required: true));
        var error = Assert.Single(errors);
        Assert.Equal(CatalogErrors.FieldTypeCode, error.Code);
        Assert.Equal(3, error.Location!.Line);
        Assert.Equal("roles", error.Location.Field);
    }

    [Fact]
    public void ReadTextList_Mapping_IsATypeError()
    {
        var (top, errors) = Open("roles: { a: b }\n");

        Assert.Null(top.ReadTextList("roles", required: true));
        Assert.Equal(CatalogErrors.FieldTypeCode, Assert.Single(errors).Code);
    }

    [Fact]
    public void ReadTextList_Absent_IsNullAndAnErrorOnlyWhenRequired()
    {
        var (top, errors) = Open("name: x\n");

        Assert.Null(top.ReadTextList("roles", required: false));
        Assert.Empty(errors);
        Assert.Null(top.ReadTextList("roles", required: true));
        Assert.Equal(CatalogErrors.FieldMissingCode, Assert.Single(errors).Code);
    }

    [Fact]
    public void ReadDate_IsoDate_ReadsTheDay()
    {
        var (top, errors) = Open("issuedOn: 2024-02-29\n");

        Assert.Equal(new LocalDate(2024, 2, 29), top.ReadDate("issuedOn"));
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("2025-02-29")]
    [InlineData("2025/03/01")]
    [InlineData("20250301")]
    public void ReadDate_NotAnIsoDate_IsLocatedAtTheValueNotTheMapping(string value)
    {
        var (top, errors) = Open("licence:\n  number: A\n  issuedOn: " + value + "\n");

        var licence = top.ReadMapping("licence", required: true)!;
        Assert.Null(licence.ReadDate("issuedOn"));
        var error = Assert.Single(errors);
        Assert.Equal(CatalogErrors.FieldRangeCode, error.Code);
        Assert.Equal(3, error.Location!.Line);
        Assert.Equal("licence.issuedOn", error.Location.Field);
        Assert.Contains("yyyy-MM-dd", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadDate_OptionalAndAbsent_IsNullWithoutError()
    {
        var (top, errors) = Open("issuedOn: 2024-02-29\n");

        Assert.Null(top.ReadDate("validUntil", required: false));
        Assert.Empty(errors);
    }

    [Fact]
    public void ReadValue_Scalars_FollowTheCoreSchemaAndQuotesKeepText()
    {
        var (top, errors) = Open("""
            yes: true
            no: False
            whole: 42
            negative: -3
            fraction: 2.5
            quoted: "42"
            single: 'true'
            text: 检测
            tilde: ~
            upper: NULL
            empty:
            """);

        Assert.Equal(true, top.ReadValue("yes", required: true));
        Assert.Equal(false, top.ReadValue("no", required: true));
        Assert.Equal(42L, top.ReadValue("whole", required: true));
        Assert.Equal(-3L, top.ReadValue("negative", required: true));
        Assert.Equal(2.5m, top.ReadValue("fraction", required: true));
        Assert.Equal("42", top.ReadValue("quoted", required: true));
        Assert.Equal("true", top.ReadValue("single", required: true));
        Assert.Equal("检测", top.ReadValue("text", required: true));
        Assert.Null(top.ReadValue("tilde", required: false));
        Assert.Null(top.ReadValue("upper", required: false));
        Assert.Null(top.ReadValue("empty", required: false));
        Assert.Empty(errors);
    }

    [Fact]
    public void ReadValue_ListsAndMappings_BecomeListsAndDictionaries()
    {
        var (top, _) = Open("range: { min: 1, max: [2, x] }\n");

        var value = Assert.IsType<Dictionary<string, object?>>(top.ReadValue("range", required: true));
        Assert.Equal(1L, value["min"]);
        Assert.Equal(new List<object?> { 2L, "x" }, value["max"]);
    }

    [Fact]
    public void ReadValue_RequiredButAbsent_IsMissing()
    {
        var (top, errors) = Open("name: x\n");

        Assert.Null(top.ReadValue("after", required: true));
        Assert.Equal(CatalogErrors.FieldMissingCode, Assert.Single(errors).Code);
    }

    [Fact]
    public void ReadValues_Mapping_KeepsTheFileOrder()
    {
        var (top, _) = Open("set: { zeta: 1, alpha: true, mid: 文本 }\n");

        Assert.Equal(
            [new KeyValuePair<string, object?>("zeta", 1L), new KeyValuePair<string, object?>("alpha", true), new KeyValuePair<string, object?>("mid", "文本")],
            top.ReadValues("set"));
    }

    [Fact]
    public void ReadValues_NullInEveryCoreSchemaSpelling_IsNull()
    {
        var (top, _) = Open("set: { a: ~, b: null, c: Null, d: NULL, e: 'NULL' }\n");

        Assert.Equal([null, null, null, null, "NULL"], top.ReadValues("set")!.Select(v => v.Value));
    }

    [Fact]
    public void ReadValues_NotAMapping_IsATypeErrorAtTheValue()
    {
        var (top, errors) = Open("name: x\nset: [a, b]\n");

        Assert.Null(top.ReadValues("set"));
        var error = Assert.Single(errors);
        Assert.Equal(CatalogErrors.FieldTypeCode, error.Code);
        Assert.Equal(2, error.Location!.Line);
    }

    [Fact]
    public void ReadValues_Absent_IsNullWithoutError()
    {
        var (top, errors) = Open("name: x\n");

        Assert.Null(top.ReadValues("set"));
        Assert.Empty(errors);
    }

    [Fact]
    public void LocationOf_FieldPresent_IsTheLineAndColumnOfItsValue()
    {
        var (top, _) = Open("items:\n  - code: A\n  - name: b\n    code: B\n");

        var second = top.ReadList("items", required: true)![1];
        var location = second.LocationOf("code");

        Assert.Equal(new SourceLocation(FileName, 4, 11, "items[1].code"), location);
    }

    [Fact]
    public void LocationOf_FieldAbsent_IsTheMappingWithTheFieldPath()
    {
        var (top, _) = Open("items:\n  - code: A\n  - name: b\n");

        var location = top.ReadList("items", required: true)![1].LocationOf("code");

        Assert.Equal(3, location.Line);
        Assert.Equal("items[1].code", location.Field);
    }

    [Fact]
    public void RejectUnknownFields_AfterTheNewReaders_RefusesOnlyFieldsNeverAskedFor()
    {
        var (top, errors) = Open("roles: [a]\nissuedOn: 2024-01-01\nset: { a: 1 }\nafter: 2\nextra: 1\n");
        top.ReadTextList("roles", required: true);
        top.ReadDate("issuedOn");
        top.ReadValues("set");
        top.ReadValue("after", required: false);

        top.RejectUnknownFields();

        var error = Assert.Single(errors);
        Assert.Equal(CatalogErrors.FieldUnknownCode, error.Code);
        Assert.Equal("extra", error.Location!.Field);
    }
}
