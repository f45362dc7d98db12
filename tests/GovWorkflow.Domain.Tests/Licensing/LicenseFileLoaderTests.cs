using GovWorkflow.Domain.Errors;
using GovWorkflow.Domain.Licensing;
using GovWorkflow.Domain.Tests.TestSupport;
using NodaTime;
using static GovWorkflow.Domain.Tests.Catalog.CatalogFixtures;

namespace GovWorkflow.Domain.Tests.Licensing;

public sealed class LicenseFileLoaderTests
{
    private const string FileName = "licenses.yaml";

    /// <summary>Lines: 2 first entry (number), 3 type, 8 issuedOn, 9 validUntil; 10 second entry.</summary>
    private const string TwoLicences = """
        licenses:
          - number: "110101199003071233-SFZ"
            type: resident-id-card
            name: 居民身份证
            holderId: "110101199003071233"
            holderName: 张伟
            issuer: SFS-DCQ-GAFJ
            issuedOn: 2020-05-11
            validUntil: 2040-05-11
          - number: BDC-2024-DC-000381
            type: real-estate-certificate
            name: 不动产权证书
            holderId: 91110101MA01C5XK3A
            holderName: 示范市东城区好味餐饮有限公司
            issuer: SFS-ZRZYJ
            issuedOn: 2024-06-18
        """;

    private static (IReadOnlyList<ElectronicLicense> Licenses, IReadOnlyList<DomainError> Errors) Load(string text)
    {
        using var folder = new TempDirectory();
        return LicenseFileLoader.Load(folder.Write(FileName, text));
    }

    private static DomainError SingleError(string text, string code)
    {
        var (licenses, errors) = Load(text);
        Assert.Empty(licenses);
        var error = Assert.Single(errors);
        Assert.Equal(code, error.Code);
        return error;
    }

    [Fact]
    public void Load_SampleFile_LoadsEveryLicenceWithoutErrors()
    {
        var (licenses, errors) = LicenseFileLoader.Load(SampleData.LicensesFile);

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        Assert.Equal(7, licenses.Count);
        Assert.Equal(licenses.Count, licenses.Select(l => l.Number).Distinct(StringComparer.Ordinal).Count());
        Assert.All(licenses, l => Assert.Equal(LicenseStatus.Valid, l.Status));
    }

    [Fact]
    public void Load_SampleFile_ReadsEveryFieldAndLeavesExpiryOpenWhenNotGiven()
    {
        var (licenses, _) = LicenseFileLoader.Load(SampleData.LicensesFile);

        var register = Assert.Single(licenses, l => l.Number == "110101198805122341-HKB");
        Assert.Equal(
            new ElectronicLicense("110101198805122341-HKB", "household-register", "居民户口簿", "110101198805122341", "李娜", "SFS-DCQ-XHJD-PCS", new LocalDate(2015, 3, 20), null, LicenseStatus.Valid, register.Items),
            register);
        Assert.Empty(register.Items);
        Assert.Null(register.CaseId);
        Assert.Equal(new LocalDate(2040, 5, 11), Assert.Single(licenses, l => l.Number == "110101199003071233-SFZ").ValidUntil);
    }

    [Fact]
    public void Load_SampleFile_HasALicenceTypeForEachElectronicMaterialOfTheCatalog()
    {
        var (licenses, _) = LicenseFileLoader.Load(SampleData.LicensesFile);
        var types = licenses.Select(l => l.Type).ToHashSet(StringComparer.Ordinal);

        var catalogTypes = SampleData.Catalog.Items.SelectMany(i => i.Materials).Select(m => m.ElectronicLicenseType).OfType<string>();

        // The birth medical certificate is only ever issued inside the newborn bundle.
        Assert.Subset(catalogTypes.ToHashSet(StringComparer.Ordinal), types.Append("birth-medical-certificate").ToHashSet(StringComparer.Ordinal));
    }

    [Fact]
    public void Load_ValidFile_ReadsBothLicences()
    {
        var (licenses, errors) = Load(TwoLicences);

        Assert.Empty(errors);
        Assert.Equal(["110101199003071233-SFZ", "BDC-2024-DC-000381"], licenses.Select(l => l.Number));
        Assert.Null(licenses[1].ValidUntil);
    }

    [Fact]
    public void Load_RequiredFieldMissing_IsLocatedAtTheEntryAndNothingIsReturned()
    {
        var error = SingleError(TwoLicences.Replace("    holderName: 张伟\n", string.Empty, StringComparison.Ordinal), "catalog.field-missing");

        AssertAt(error, FileName, 2, "licenses[0].holderName");
    }

    [Fact]
    public void Load_DateNotIso_IsLocatedAtTheDateLine()
    {
        var error = SingleError(TwoLicences.Replace("issuedOn: 2020-05-11", "issuedOn: 2020/05/11", StringComparison.Ordinal), "catalog.field-range");

        AssertAt(error, FileName, 8, "licenses[0].issuedOn");
    }

    [Fact]
    public void Load_ImpossibleExpiryDate_IsLocatedAtItsLine()
    {
        var error = SingleError(TwoLicences.Replace("validUntil: 2040-05-11", "validUntil: 2040-02-30", StringComparison.Ordinal), "catalog.field-range");

        AssertAt(error, FileName, 9, "licenses[0].validUntil");
    }

    [Fact]
    public void Load_SameNumberTwice_IsRefusedAtTheSecond()
    {
        var error = SingleError(TwoLicences.Replace("number: BDC-2024-DC-000381", "number: \"110101199003071233-SFZ\"", StringComparison.Ordinal), "license.duplicate-number");

        AssertAt(error, FileName, 10, "licenses[1].number");
        Assert.Contains("110101199003071233-SFZ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MisspelledField_IsRefusedWithASuggestion()
    {
        var error = SingleError(TwoLicences.Replace("validUntil: 2040-05-11", "validUntill: 2040-05-11", StringComparison.Ordinal), "catalog.field-unknown");

        AssertAt(error, FileName, 9, "licenses[0].validUntill");
        Assert.Contains("validUntil", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ListMisspelled_ReportsTheMissingListAndTheUnknownFieldWithASuggestion()
    {
        var (licenses, errors) = Load("licences: []\n");

        Assert.Empty(licenses);
        Assert.Equal(["catalog.field-missing", "catalog.field-unknown"], errors.Select(e => e.Code));
        Assert.Equal("licenses", errors[0].Location!.Field);
        Assert.Contains("licenses", errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_YamlSyntaxError_ReportsTheLine()
    {
        var error = SingleError("licenses:\n  - { number: A, type: [x\n", "catalog.yaml-syntax");

        Assert.Equal(FileName, Path.GetFileName(error.Location!.File));
        Assert.NotNull(error.Location.Line);
    }

    [Fact]
    public void Load_MissingFile_IsReportedNotThrown()
    {
        using var folder = new TempDirectory();

        var (licenses, errors) = LicenseFileLoader.Load(Path.Combine(folder.Path, "none.yaml"));

        Assert.Empty(licenses);
        Assert.Equal("samples.file-unreadable", Assert.Single(errors).Code);
    }
}
