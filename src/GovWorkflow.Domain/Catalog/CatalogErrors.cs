using System.Globalization;
using GovWorkflow.Domain.Errors;

namespace GovWorkflow.Domain.Catalog;

/// <summary>The errors of the catalog, with their stable codes and messages in one place.</summary>
internal static class CatalogErrors
{
    public const string YamlSyntaxCode = "catalog.yaml-syntax";
    public const string FieldMissingCode = "catalog.field-missing";
    public const string FieldUnknownCode = "catalog.field-unknown";
    public const string FieldTypeCode = "catalog.field-type";
    public const string FieldRangeCode = "catalog.field-range";
    public const string EnumValueCode = "catalog.enum-value";
    public const string CodeFormatCode = "catalog.code-format";
    public const string DuplicateCodeCode = "catalog.duplicate-code";
    public const string UnknownDepartmentCode = "catalog.unknown-department";
    public const string UnknownItemCode = "catalog.unknown-item";
    public const string DepartmentCycleCode = "catalog.department-cycle";
    public const string DepartmentLevelCode = "catalog.department-level";
    public const string PrimaryTolerableCode = "catalog.material-tolerable-primary";
    public const string ToleranceMismatchCode = "catalog.tolerance-mismatch";
    public const string DirectoryMissingCode = "catalog.directory-missing";
    public const string EmptyCode = "catalog.empty";
    public const string FileUnreadableCode = "catalog.file-unreadable";

    public static DomainError YamlSyntax(string file, long line, long column, string detail) => new(
        YamlSyntaxCode,
        $"YAML 语法错误：{detail} 请按所示行列修正：缩进只用空格，冒号后留一个空格，括号与引号须成对，同一对象中的字段名不能重复。",
        $"YAML syntax error: {detail}",
        new SourceLocation(file, ToInt(line), ToInt(column)));

    public static DomainError FileUnreadable(string file, string detail) => new(
        FileUnreadableCode,
        $"无法读取事项目录文件：{detail} 请检查文件是否存在且有读取权限。",
        $"Cannot read the catalog file: {detail}",
        new SourceLocation(file));

    public static DomainError DirectoryMissing(string directory) => new(
        DirectoryMissingCode,
        $"事项目录文件夹不存在：{directory}。请检查路径，或创建该文件夹并放入 *.yaml 文件。",
        $"Catalog folder not found: {directory}.",
        new SourceLocation(directory));

    public static DomainError NoFiles(string directory) => new(
        EmptyCode,
        $"事项目录为空：{directory} 中没有 *.yaml 或 *.yml 文件。请放入部门与事项文件后重试。",
        $"The catalog is empty: {directory} has no *.yaml or *.yml file.",
        new SourceLocation(directory));

    public static DomainError NoItems(string where) => new(
        EmptyCode,
        $"事项目录中没有任何事项：请在某个文件的 items 列表中至少定义一个事项（{where}）。",
        $"The catalog defines no item: add at least one entry under items ({where}).",
        new SourceLocation(where));

    public static DomainError TopLevelShape(SourceLocation location, string actualChinese, string actualEnglish) => new(
        FieldTypeCode,
        $"文件顶层应为对象，包含 departments 和/或 items 两个列表，而不是{actualChinese}。",
        $"The top level must be a mapping with departments and/or items lists, not {actualEnglish}.",
        location);

    public static DomainError FieldMissing(SourceLocation location, string field) => new(
        FieldMissingCode,
        $"缺少必填字段 {field}。请补上该字段后重试。",
        $"Required field {field} is missing.",
        location);

    public static DomainError FieldEmpty(SourceLocation location, string field) => new(
        FieldMissingCode,
        $"字段 {field} 没有值。请填写该字段的值。",
        $"Field {field} has no value.",
        location);

    public static DomainError NoMaterials(SourceLocation location, string itemCode) => new(
        FieldMissingCode,
        $"事项 {itemCode} 没有列出申请材料。请在 materials 中至少列出一项材料（例如申请书）。",
        $"Item {itemCode} lists no material: add at least one under materials.",
        location);

    public static DomainError FieldType(SourceLocation location, string field, (string Chinese, string English) expected, (string Chinese, string English) actual, string hint = "") => new(
        FieldTypeCode,
        $"字段 {field} 的值应为{expected.Chinese}，而不是{actual.Chinese}。{hint}",
        $"Field {field} must be {expected.English}, not {actual.English}.",
        location);

    public static DomainError FieldRange(SourceLocation location, string field, string value, string ruleChinese, string ruleEnglish) => new(
        FieldRangeCode,
        $"字段 {field} 的值 {value} 超出范围：{ruleChinese}",
        $"Field {field} value {value} is out of range: {ruleEnglish}",
        location);

    public static DomainError FieldUnknown(SourceLocation location, string key, IReadOnlyList<string> suggestions, IEnumerable<string> known)
    {
        var knownList = known.ToList();
        var fixChinese = suggestions.Count > 0
            ? $"是否想写 {string.Join(" 或 ", suggestions)}？"
            : $"此处可用的字段：{string.Join('、', knownList)}。";
        var fixEnglish = suggestions.Count > 0
            ? $"Did you mean {string.Join(" or ", suggestions)}?"
            : $"Fields allowed here: {string.Join(", ", knownList)}.";
        return new DomainError(
            FieldUnknownCode,
            $"不认识的字段 {key}：{fixChinese}拼错的字段不会生效，因此整个目录不予加载，请改正或删除该字段。",
            $"Unknown field {key}. {fixEnglish}",
            location);
    }

    public static DomainError EnumValue<T>(SourceLocation location, string field, string value, EnumVocabulary<T> vocabulary)
        where T : struct, Enum => new(
        EnumValueCode,
        $"字段 {field} 的值 “{value}” 无效。可选值：{vocabulary.DescribeChinese()}。",
        $"Field {field} value \"{value}\" is invalid. Accepted values: {vocabulary.DescribeEnglish()}.",
        location);

    public static DomainError CodeFormat(SourceLocation location, string what, string whatEnglish, string code, bool upper)
    {
        var rule = upper ? "大写字母、数字和连字符，以字母开头，例如 FOOD-BUSINESS-PERMIT、SFS-SCJGJ" : "小写字母、数字和连字符，以字母开头，例如 application-form";
        var ruleEnglish = upper ? "upper-case letters, digits and single hyphens, starting with a letter" : "lower-case letters, digits and single hyphens, starting with a letter";
        return new DomainError(
            CodeFormatCode,
            $"{what} “{code}” 的格式不正确：应由{rule}。",
            $"{whatEnglish} \"{code}\" is malformed: use {ruleEnglish}.",
            location);
    }

    public static DomainError DuplicateCode(SourceLocation location, string what, string whatEnglish, string code, string firstPlace) => new(
        DuplicateCodeCode,
        $"{what} {code} 重复：已在 {firstPlace} 定义。编码必须唯一，请删除重复的条目或改用其他编码。",
        $"Duplicate {whatEnglish} {code}: already defined at {firstPlace}.",
        location);

    public static DomainError UnknownDepartment(SourceLocation location, string what, string whatEnglish, string code, IReadOnlyList<string> suggestions)
    {
        var near = suggestions.Count > 0 ? $"相近的部门编码：{string.Join('、', suggestions)}。" : string.Empty;
        var nearEnglish = suggestions.Count > 0 ? $" Similar codes: {string.Join(", ", suggestions)}." : string.Empty;
        return new DomainError(
            UnknownDepartmentCode,
            $"{what} {code} 不在部门目录中。请在 departments 中定义该部门，或改正编码。{near}",
            $"{whatEnglish} {code} is not a known department.{nearEnglish}",
            location);
    }

    public static DomainError DepartmentCycle(SourceLocation location, IReadOnlyList<string> chain) => new(
        DepartmentCycleCode,
        $"部门的上级关系形成循环：{string.Join(" → ", chain)}。请改正其中一个部门的 parent。",
        $"The parent chain of departments loops: {string.Join(" -> ", chain)}.",
        location);

    public static DomainError DepartmentLevel(SourceLocation location, string child, DepartmentLevel childLevel, string parent, DepartmentLevel parentLevel)
    {
        var levels = CatalogVocabulary.Levels;
        return new DomainError(
            DepartmentLevelCode,
            $"部门 {child} 是{levels.LabelOf(childLevel)}，其上级部门 {parent} 是{levels.LabelOf(parentLevel)}：上级部门的层级必须高于下级（省级、市级、区县级、街镇级、村居级依次降低）。请改正 level 或 parent。",
            $"Department {child} ({levels.WordOf(childLevel)}) must be on a lower level than its parent {parent} ({levels.WordOf(parentLevel)}).",
            location);
    }

    public static DomainError PrimaryTolerable(SourceLocation location, MaterialRequirement material) => new(
        PrimaryTolerableCode,
        $"材料 {material.Name}（{material.Code}）是主要材料，不能容缺：容缺受理只适用于次要材料。请删除 tolerable: true，或核实后将其改为次要材料。",
        $"Material {material.Code} is primary and cannot be tolerated when missing: only secondary materials can.",
        location);

    public static DomainError TolerableWithoutTolerantAcceptance(SourceLocation location, string itemCode, IEnumerable<string> materialCodes)
    {
        var list = string.Join('、', materialCodes);
        return new DomainError(
            ToleranceMismatchCode,
            $"事项 {itemCode} 未开启容缺受理（tolerantAcceptance），但材料 {list} 标注为可容缺。请开启 tolerantAcceptance，或删除这些材料的 tolerable。",
            $"Item {itemCode} does not allow tolerant acceptance but materials {list.Replace('、', ',')} are marked tolerable.",
            location);
    }

    public static DomainError TolerantAcceptanceWithoutTolerable(SourceLocation location, string itemCode) => new(
        ToleranceMismatchCode,
        $"事项 {itemCode} 开启了容缺受理，但没有任何材料标注为可容缺（tolerable: true）。请标注可容缺的次要材料，或关闭 tolerantAcceptance。",
        $"Item {itemCode} allows tolerant acceptance but no material is marked tolerable.",
        location);

    public static DomainError UnknownItem(string code, IReadOnlyList<string> suggestions, int itemCount)
    {
        var hint = suggestions.Count > 0
            ? $"相近的事项编码：{string.Join('、', suggestions)}。"
            : string.Create(CultureInfo.InvariantCulture, $"目录中共有 {itemCount} 个事项，请核对编码（区分大小写）。");
        var hintEnglish = suggestions.Count > 0 ? $" Similar codes: {string.Join(", ", suggestions)}." : string.Empty;
        return new DomainError(
            UnknownItemCode,
            $"事项目录中没有编码为 {code} 的事项。{hint}",
            $"The catalog has no item {code}.{hintEnglish}",
            new SourceLocation(Field: code));
    }

    public static DomainError UnknownDepartmentLookup(string code, IReadOnlyList<string> suggestions) =>
        UnknownDepartment(new SourceLocation(Field: code), "部门", "Department", code, suggestions);

    private static int ToInt(long value) => value > int.MaxValue ? int.MaxValue : (int)value;
}
