namespace GovWorkflow.Domain.Catalog;

/// <summary>A department entry as read, possibly incomplete, for the cross-entry checks.</summary>
/// <param name="Department">The department, or null when the entry has errors of its own.</param>
/// <param name="Code">The code if it could be read.</param>
/// <param name="Level">The level if it could be read.</param>
/// <param name="ParentCode">The parent code if given and readable.</param>
/// <param name="Source">Where the entry is.</param>
internal sealed record DepartmentEntry(Department? Department, string? Code, DepartmentLevel? Level, string? ParentCode, EntrySource Source)
{
    public static DepartmentEntry Of(Department department, EntrySource source) =>
        new(department, department.Code, department.Level, department.ParentCode, source);
}
