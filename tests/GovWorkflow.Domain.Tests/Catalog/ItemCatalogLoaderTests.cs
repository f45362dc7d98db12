using System.Text;
using GovWorkflow.Domain.Catalog;
using GovWorkflow.Domain.Deadlines;
using static GovWorkflow.Domain.Tests.Catalog.CatalogFixtures;

namespace GovWorkflow.Domain.Tests.Catalog;

public sealed class ItemCatalogLoaderTests
{
    [Fact]
    public void Load_ValidFiles_BuildsCatalogWithDefaultsApplied()
    {
        var result = LoadItems(FoodItem);

        Assert.Empty(result.Errors);
        var item = Assert.Single(result.Catalog!.Items);
        Assert.Equal("FOOD-BUSINESS-PERMIT", item.Code);
        Assert.Equal("SFS-DCQ-SCJGJ", item.DepartmentCode);
        Assert.Equal(HandlingMode.SingleDepartment, item.Deadline.Handling);
        Assert.True(item.Deadline.ExtensionAllowed);
        Assert.Null(item.Deadline.Warnings);
        Assert.True(item.TolerantAcceptanceAllowed);
        Assert.False(item.CommitmentApprovalAllowed);
        Assert.Equal(
            [new MaterialRequirement("application-form", "食品经营许可申请书", MaterialImportance.Primary, MaterialForm.Original),
             new MaterialRequirement("health-certificates", "从业人员健康证明", MaterialImportance.Secondary, MaterialForm.Copy, 1, ToleratedWhenMissing: true)],
            item.Materials);
    }

    [Fact]
    public void LoadFromText_OneFileWithDepartmentsAndItems_LoadsAndNamesTheFileInErrors()
    {
        var good = ItemCatalogLoader.LoadFromText(Departments + "\n" + FoodItem, "one.yaml");
        var bad = ItemCatalogLoader.LoadFromText(Departments + "\n" + FoodItem.Replace("kind: promised", "kind: promissed", StringComparison.Ordinal), "one.yaml");

        Assert.Empty(good.Errors);
        Assert.Single(good.Catalog!.Items);
        var error = SingleError(bad, "catalog.enum-value");
        Assert.Equal("one.yaml", error.Location!.File);
        Assert.Equal(8 + 7, error.Location.Line);
    }

    [Fact]
    public void Load_ImmediateItemWithoutPromisedLimit_HasPromisedLimitZero()
    {
        var result = LoadItems(FoodItem
            .Replace("kind: promised", "kind: immediate", StringComparison.Ordinal)
            .Replace("      promisedLimit: 5\n", string.Empty, StringComparison.Ordinal));

        Assert.Empty(result.Errors);
        var deadline = result.Catalog!.GetItem("FOOD-BUSINESS-PERMIT").Deadline;
        Assert.Equal(ItemKind.Immediate, deadline.Kind);
        Assert.Equal(0, deadline.PromisedLimit.Value);
    }

    [Fact]
    public void Load_OptionalFieldsGiven_AreRead()
    {
        var result = LoadItems(FoodItem
            .Replace("      promisedLimit: 5\n", "      promisedLimit: 5\n      handling: Joint\n      extensionAllowed: false\n      warnings: { blue: 0.6, yellow: 0.9 }\n", StringComparison.Ordinal)
            .Replace("form: original }", "form: original, count: 2, electronicLicense: business-licence }", StringComparison.Ordinal));

        Assert.Empty(result.Errors);
        var item = result.Catalog!.GetItem("FOOD-BUSINESS-PERMIT");
        Assert.Equal(HandlingMode.Joint, item.Deadline.Handling);
        Assert.False(item.Deadline.ExtensionAllowed);
        Assert.Equal(new WarningThresholds(0.6, 0.9), item.Deadline.Warnings);
        Assert.Equal(2, item.Materials[0].Count);
        Assert.Equal("business-licence", item.Materials[0].ElectronicLicenseType);
    }

    [Fact]
    public void Load_YamlSyntaxError_ReportsFileLineAndColumn()
    {
        var broken = FoodItem.Replace("    name: 食品经营许可\n", "    name: 食品: 经营许可\n", StringComparison.Ordinal);

        var error = SingleError(LoadItems(broken), "catalog.yaml-syntax");

        Assert.Equal(ItemsFile, Path.GetFileName(error.Location!.File));
        Assert.Equal(3, error.Location.Line);
        Assert.NotNull(error.Location.Column);
        Assert.Contains("YAML 语法错误", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnclosedFlowList_IsASyntaxErrorNotAnException()
    {
        var error = SingleError(LoadItems("items: [a, b\nfoo: 1\n"), "catalog.yaml-syntax");

        Assert.Equal(2, error.Location!.Line);
    }

    [Fact]
    public void Load_SameKeyTwiceInOneMapping_IsRefusedAtTheSecond()
    {
        var broken = FoodItem.Replace("      promisedLimit: 5\n", "      promisedLimit: 5\n      promisedLimit: 3\n", StringComparison.Ordinal);

        var error = SingleError(LoadItems(broken), "catalog.yaml-syntax");

        Assert.Equal(10, error.Location!.Line);
        Assert.Contains("promisedLimit", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("    name: 食品经营许可\n", 2, "items[0].name")]
    [InlineData("    legalBasis: 《中华人民共和国食品安全法》第三十五条\n", 2, "items[0].legalBasis")]
    [InlineData("      statutoryLimit: 10\n", 7, "items[0].deadline.statutoryLimit")]
    [InlineData("      promisedLimit: 5\n", 7, "items[0].deadline.promisedLimit")]
    public void Load_MissingRequiredField_NamesTheFieldPathAtTheMappingThatLacksIt(string line, int expectedLine, string field)
    {
        var error = SingleError(LoadItems(FoodItem.Replace(line, string.Empty, StringComparison.Ordinal)), "catalog.field-missing");

        // The item's mapping starts on line 2; the deadline's on its first field, kind, line 7.
        AssertAt(error, ItemsFile, expectedLine, field);
        Assert.Contains(field[(field.LastIndexOf('.') + 1)..], error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RequiredFieldWithoutValue_IsMissingAtTheValue()
    {
        var error = SingleError(LoadItems(FoodItem.Replace("name: 食品经营许可\n", "name:\n", StringComparison.Ordinal)), "catalog.field-missing");

        AssertAt(error, ItemsFile, 3, "items[0].name");
    }

    [Theory]
    [InlineData("ten")]
    [InlineData("\"10\"")]
    [InlineData("10.5")]
    [InlineData("[10]")]
    [InlineData("{ days: 10 }")]
    public void Load_NotAnIntegerWhereAnIntegerIsExpected_IsFieldType(string value)
    {
        var error = SingleError(LoadItems(FoodItem.Replace("statutoryLimit: 10", "statutoryLimit: " + value, StringComparison.Ordinal)), "catalog.field-type");

        AssertAt(error, ItemsFile, 8, "items[0].deadline.statutoryLimit");
        Assert.Equal(23, error.Location!.Column);
        Assert.Contains("整数", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_QuotedNumber_IsRefusedWithAHintToDropTheQuotes()
    {
        var error = SingleError(LoadItems(FoodItem.Replace("promisedLimit: 5", "promisedLimit: '5'", StringComparison.Ordinal)), "catalog.field-type");

        Assert.Contains("去掉引号", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tolerantAcceptance: true", "tolerantAcceptance: yes", 10, "items[0].tolerantAcceptance")]
    [InlineData("    name: 食品经营许可\n", "    name: [食品, 经营]\n", 3, "items[0].name")]
    [InlineData("    deadline:\n", "    deadline: soon\n    oldDeadline:\n", 6, "items[0].deadline")]
    public void Load_WrongTypeForOtherFields_IsFieldType(string from, string to, int line, string field)
    {
        var result = LoadItems(FoodItem.Replace(from, to, StringComparison.Ordinal));

        Assert.Null(result.Catalog);
        var error = Assert.Single(result.Errors, e => e.Code == "catalog.field-type");
        AssertAt(error, ItemsFile, line, field);
    }

    [Fact]
    public void Load_MisspelledField_IsRefusedNamingItAndSuggestingTheRightOne()
    {
        var result = LoadItems(FoodItem.Replace("promisedLimit: 5", "promisedLimt: 5", StringComparison.Ordinal));

        Assert.Null(result.Catalog);
        var unknown = Assert.Single(result.Errors, e => e.Code == "catalog.field-unknown");
        AssertAt(unknown, ItemsFile, 9, "items[0].deadline.promisedLimt");
        Assert.Contains("promisedLimt", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("promisedLimit", unknown.Message, StringComparison.Ordinal);
        Assert.Contains(result.Errors, e => e.Code == "catalog.field-missing" && e.Location!.Field == "items[0].deadline.promisedLimit");
    }

    [Fact]
    public void Load_UnknownFieldWithNothingClose_ListsTheFieldsAllowedThere()
    {
        var error = SingleError(LoadItems(FoodItem.Replace("    tolerantAcceptance: true\n", "    tolerantAcceptance: true\n    fee: 0\n", StringComparison.Ordinal)), "catalog.field-unknown");

        AssertAt(error, ItemsFile, 11, "items[0].fee");
        Assert.Contains("legalBasis", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownTopLevelField_IsRefused()
    {
        var error = SingleError(LoadItems(FoodItem.Replace("items:", "item:", StringComparison.Ordinal)), "catalog.field-unknown");

        AssertAt(error, ItemsFile, 1, "item");
        Assert.Contains("items", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TopLevelIsAList_IsFieldType()
    {
        var error = SingleError(LoadItems("- code: FOOD-BUSINESS-PERMIT\n"), "catalog.field-type");

        Assert.Equal(1, error.Location!.Line);
        Assert.Contains("departments", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kind: promised", "kind: urgent", 7, "items[0].deadline.kind", "immediate（即办件）、promised（承诺件）")]
    [InlineData("promisedLimit: 5", "promisedLimit: 5\n      handling: parallel", 10, "items[0].deadline.handling", "single（单部门办理）、joint（联合办理）")]
    [InlineData("importance: primary", "importance: main", 12, "items[0].materials[0].importance", "primary（主要材料）、secondary（次要材料）")]
    [InlineData("form: copy", "form: scan", 13, "items[0].materials[1].form", "original（原件）、copy（复印件）、electronic（电子件）")]
    public void Load_InvalidEnumValue_ListsTheAcceptedValues(string from, string to, int line, string field, string accepted)
    {
        var error = SingleError(LoadItems(FoodItem.Replace(from, to, StringComparison.Ordinal)), "catalog.enum-value");

        AssertAt(error, ItemsFile, line, field);
        Assert.Contains(accepted, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_InvalidDepartmentLevel_ListsTheLevels()
    {
        var result = LoadFiles((DepartmentsFile, Departments.Replace("level: district", "level: county", StringComparison.Ordinal)), (ItemsFile, FoodItem));

        var error = SingleError(result, "catalog.enum-value");
        AssertAt(error, DepartmentsFile, 7, "departments[1].level");
        Assert.Contains("district（区县级）", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_EnumWordsInAnotherCase_AreAccepted()
    {
        var result = LoadItems(FoodItem.Replace("kind: promised", "kind: Promised", StringComparison.Ordinal).Replace("form: copy", "form: COPY", StringComparison.Ordinal));

        Assert.Empty(result.Errors);
    }

    [Fact]
    public void Load_DuplicateItemCode_RefusesWholeCatalogWithBothLines()
    {
        var result = LoadFiles(
            (DepartmentsFile, Departments),
            ("a-food.yaml", FoodItem),
            ("b-sign.yaml", SignItem.Replace("OUTDOOR-SIGN", "FOOD-BUSINESS-PERMIT", StringComparison.Ordinal)));

        var error = SingleError(result, "catalog.duplicate-code");
        AssertAt(error, "b-sign.yaml", 2, "items[0].code");
        Assert.Contains("FOOD-BUSINESS-PERMIT", error.Message, StringComparison.Ordinal);
        Assert.Contains("a-food.yaml:2:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DuplicateDepartmentCode_NamesBothPlaces()
    {
        var duplicated = Departments + "\n  - { code: SFS-SCJGJ, name: 另一个市场监督管理局, level: city }\n";

        var error = SingleError(LoadFiles((DepartmentsFile, duplicated), (ItemsFile, FoodItem)), "catalog.duplicate-code");

        AssertAt(error, DepartmentsFile, 9, "departments[2].code");
        Assert.Contains("departments.yaml:2:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DuplicateMaterialCode_NamesBothPlaces()
    {
        var error = SingleError(LoadItems(FoodItem.Replace("code: health-certificates", "code: application-form", StringComparison.Ordinal)), "catalog.duplicate-code");

        AssertAt(error, ItemsFile, 13, "items[0].materials[1].code");
        Assert.Contains("items.yaml:12:", error.Message, StringComparison.Ordinal);
        Assert.Contains("items[0].materials[0]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownDepartment_NamesTheFieldAndSuggestsCloseCodes()
    {
        var error = SingleError(LoadItems(FoodItem.Replace("department: SFS-DCQ-SCJGJ", "department: SFS-DCQ-SCJGQ", StringComparison.Ordinal)), "catalog.unknown-department");

        AssertAt(error, ItemsFile, 4, "items[0].department");
        Assert.Contains("SFS-DCQ-SCJGQ", error.Message, StringComparison.Ordinal);
        Assert.Contains("SFS-DCQ-SCJGJ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DepartmentInALaterFile_IsFound()
    {
        var result = LoadFiles(("a-items.yaml", FoodItem), ("z-departments.yaml", Departments));

        Assert.Empty(result.Errors);
    }

    [Fact]
    public void Load_BrokenDepartmentsFile_DoesNotAlsoBlameTheItemsForUnknownDepartments()
    {
        var result = LoadFiles((DepartmentsFile, Departments + "\n  - [unclosed\n"), (ItemsFile, FoodItem));

        var error = SingleError(result, "catalog.yaml-syntax");
        Assert.Equal(DepartmentsFile, Path.GetFileName(error.Location!.File));
    }

    [Theory]
    [InlineData("promisedLimit: 5", "promisedLimit: 15", "deadline.promised-exceeds-statutory", 9, "items[0].deadline.promisedLimit")]
    [InlineData("statutoryLimit: 10", "statutoryLimit: 0", "deadline.statutory-limit-range", 8, "items[0].deadline.statutoryLimit")]
    [InlineData("kind: promised", "kind: immediate", "deadline.immediate-promised-limit", 9, "items[0].deadline.promisedLimit")]
    [InlineData("promisedLimit: 5", "promisedLimit: 5\n      warnings: { blue: 0.9, yellow: 0.5 }", "deadline.warning-threshold-range", 10, "items[0].deadline.warnings.yellow")]
    public void Load_DeadlinePolicyError_CarriesTheItemsFieldPathAndLine(string from, string to, string code, int line, string field)
    {
        var error = SingleError(LoadItems(FoodItem.Replace(from, to, StringComparison.Ordinal)), code);

        AssertAt(error, ItemsFile, line, field);
    }

    [Fact]
    public void Load_PrimaryMaterialMarkedTolerable_IsRefused()
    {
        var error = SingleError(LoadItems(FoodItem.Replace("importance: primary, form", "importance: primary, tolerable: true, form", StringComparison.Ordinal)), "catalog.material-tolerable-primary");

        AssertAt(error, ItemsFile, 12, "items[0].materials[0].tolerable");
        Assert.Contains("主要材料", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TolerantAcceptanceWithoutATolerableMaterial_IsRefused()
    {
        var error = SingleError(LoadItems(FoodItem.Replace(" tolerable: true,", string.Empty, StringComparison.Ordinal)), "catalog.tolerance-mismatch");

        AssertAt(error, ItemsFile, 10, "items[0].tolerantAcceptance");
    }

    [Fact]
    public void Load_TolerableMaterialWhileItemRefusesTolerantAcceptance_IsRefused()
    {
        var error = SingleError(LoadItems(FoodItem.Replace("    tolerantAcceptance: true\n", string.Empty, StringComparison.Ordinal)), "catalog.tolerance-mismatch");

        Assert.Equal("items[0].tolerantAcceptance", error.Location!.Field);
        Assert.Equal(2, error.Location.Line);
        Assert.Contains("health-certificates", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    public void Load_NonPositiveMaterialCount_IsOutOfRange(string count)
    {
        var error = SingleError(LoadItems(FoodItem.Replace("form: original }", $"form: original, count: {count} }}", StringComparison.Ordinal)), "catalog.field-range");

        AssertAt(error, ItemsFile, 12, "items[0].materials[0].count");
    }

    [Theory]
    [InlineData("code: FOOD-BUSINESS-PERMIT", "code: food-business-permit", 2, "items[0].code")]
    [InlineData("code: application-form", "code: Application_Form", 12, "items[0].materials[0].code")]
    [InlineData("form: original }", "form: original, electronicLicense: Business Licence }", 12, "items[0].materials[0].electronicLicense")]
    public void Load_MalformedCode_IsRefused(string from, string to, int line, string field)
    {
        var error = SingleError(LoadItems(FoodItem.Replace(from, to, StringComparison.Ordinal)), "catalog.code-format");

        AssertAt(error, ItemsFile, line, field);
    }

    [Fact]
    public void Load_EmptyMaterialList_IsRefused()
    {
        var noMaterials = FoodItem[..FoodItem.IndexOf("    materials:", StringComparison.Ordinal)]
            .Replace("    tolerantAcceptance: true\n", string.Empty, StringComparison.Ordinal) + "    materials: []\n";

        var error = SingleError(LoadItems(noMaterials), "catalog.field-missing");

        AssertAt(error, ItemsFile, 10, "items[0].materials");
    }

    [Fact]
    public void Load_EveryProblemInEveryFileIsReportedAtOnce()
    {
        var result = LoadFiles(
            (DepartmentsFile, Departments.Replace("parent: SFS-SCJGJ", "parent: SFS-NONE", StringComparison.Ordinal)),
            ("a-food.yaml", FoodItem.Replace("statutoryLimit: 10", "statutoryLimit: ten", StringComparison.Ordinal).Replace("form: copy", "form: scan", StringComparison.Ordinal)),
            ("b-sign.yaml", SignItem.Replace("legalBasis", "legalBasys", StringComparison.Ordinal)));

        Assert.Null(result.Catalog);
        Assert.Equal(
            [("a-food.yaml", "catalog.field-type"), ("a-food.yaml", "catalog.enum-value"),
             ("b-sign.yaml", "catalog.field-missing"), ("b-sign.yaml", "catalog.field-unknown"),
             (DepartmentsFile, "catalog.unknown-department")],
            result.Errors.Select(e => (Path.GetFileName(e.Location!.File)!, e.Code)));
    }

    [Fact]
    public void LoadDirectory_OneBadFileAmongGoodOnes_RefusesTheWholeCatalog()
    {
        var result = LoadFiles(
            (DepartmentsFile, Departments),
            ("a-food.yaml", FoodItem),
            ("b-sign.yaml", SignItem),
            ("c-bad.yaml", SignItem.Replace("OUTDOOR-SIGN", "OTHER-SIGN", StringComparison.Ordinal).Replace("promisedLimit: 5", "promisedLimit: 50", StringComparison.Ordinal)));

        Assert.Null(result.Catalog);
        var error = Assert.Single(result.Errors);
        Assert.Equal("c-bad.yaml", Path.GetFileName(error.Location!.File));
    }

    [Fact]
    public void LoadDirectory_MissingFolder_ReportsDirectoryMissing()
    {
        using var folder = new TempDirectory();
        var missing = Path.Combine(folder.Path, "no-such-folder");

        var error = SingleError(ItemCatalogLoader.LoadDirectory(missing), "catalog.directory-missing");

        Assert.Equal(missing, error.Location!.File);
        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadDirectory_FolderWithoutYamlFiles_IsEmpty()
    {
        using var folder = new TempDirectory();
        folder.Write("README.md", "# not a catalog");
        folder.Write("items.json", "{}");

        var error = SingleError(ItemCatalogLoader.LoadDirectory(folder.Path), "catalog.empty");

        Assert.Equal(folder.Path, error.Location!.File);
    }

    [Fact]
    public void LoadDirectory_DepartmentsButNoItems_IsEmpty()
    {
        SingleError(LoadFiles((DepartmentsFile, Departments), ("empty.yaml", "# nothing yet\n")), "catalog.empty");
    }

    [Fact]
    public void LoadDirectory_YmlFilesAndEmptyFiles_AreReadAndOtherFilesIgnored()
    {
        var result = LoadFiles((DepartmentsFile, Departments), ("food.yml", FoodItem), ("blank.yaml", string.Empty), ("notes.txt", "items: [oops"));

        Assert.Empty(result.Errors);
        Assert.Single(result.Catalog!.Items);
    }

    [Fact]
    public void LoadDirectory_FileWithByteOrderMark_IsRead()
    {
        using var folder = new TempDirectory();
        File.WriteAllText(Path.Combine(folder.Path, DepartmentsFile), Departments, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        File.WriteAllText(Path.Combine(folder.Path, ItemsFile), FoodItem, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var result = ItemCatalogLoader.LoadDirectory(folder.Path);

        Assert.Empty(result.Errors);
        Assert.Equal("示范市市场监督管理局", result.Catalog!.Departments[0].Name);
    }

    [Fact]
    public void LoadDirectory_FilesAreReadInNameOrderWhateverOrderTheyWereWritten()
    {
        var result = LoadFiles(("z-sign.yaml", SignItem), (DepartmentsFile, Departments), ("a-food.yaml", FoodItem));

        Assert.Equal(["FOOD-BUSINESS-PERMIT", "OUTDOOR-SIGN"], result.Catalog!.Items.Select(i => i.Code));
    }

    [Fact]
    public void LoadFiles_GivenOrder_IsKept()
    {
        using var folder = new TempDirectory();
        var departments = folder.Write(DepartmentsFile, Departments);
        var sign = folder.Write("z-sign.yaml", SignItem);
        var food = folder.Write("a-food.yaml", FoodItem);

        var result = ItemCatalogLoader.LoadFiles([departments, sign, food]);

        Assert.Equal(["OUTDOOR-SIGN", "FOOD-BUSINESS-PERMIT"], result.Catalog!.Items.Select(i => i.Code));
    }

    [Fact]
    public void LoadFiles_MissingFile_IsUnreadable()
    {
        using var folder = new TempDirectory();
        var missing = Path.Combine(folder.Path, "gone.yaml");

        var error = SingleError(ItemCatalogLoader.LoadFiles([missing]), "catalog.file-unreadable");

        Assert.Equal(missing, error.Location!.File);
    }
}
