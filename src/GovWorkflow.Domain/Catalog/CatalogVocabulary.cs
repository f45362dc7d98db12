using GovWorkflow.Domain.Deadlines;

namespace GovWorkflow.Domain.Catalog;

/// <summary>The enum words of the catalog file format, in one place so that the documentation and the loader agree.</summary>
internal static class CatalogVocabulary
{
    public static readonly EnumVocabulary<DepartmentLevel> Levels = new(
        ("province", "省级", DepartmentLevel.Province),
        ("city", "市级", DepartmentLevel.City),
        ("district", "区县级", DepartmentLevel.District),
        ("subdistrict", "街镇级", DepartmentLevel.Subdistrict),
        ("community", "村居级", DepartmentLevel.Community));

    public static readonly EnumVocabulary<ItemKind> Kinds = new(
        ("immediate", "即办件", ItemKind.Immediate),
        ("promised", "承诺件", ItemKind.Promised));

    public static readonly EnumVocabulary<HandlingMode> Handling = new(
        ("single", "单部门办理", HandlingMode.SingleDepartment),
        ("joint", "联合办理", HandlingMode.Joint));

    public static readonly EnumVocabulary<MaterialImportance> Importance = new(
        ("primary", "主要材料", MaterialImportance.Primary),
        ("secondary", "次要材料", MaterialImportance.Secondary));

    public static readonly EnumVocabulary<MaterialForm> Forms = new(
        ("original", "原件", MaterialForm.Original),
        ("copy", "复印件", MaterialForm.Copy),
        ("electronic", "电子件", MaterialForm.Electronic));
}
