namespace GovWorkflow.Domain.Catalog;

/// <summary>An item entry as read, possibly incomplete, for the cross-entry checks.</summary>
/// <param name="Item">The item, or null when the entry has errors of its own.</param>
/// <param name="Code">The code if it could be read.</param>
/// <param name="DepartmentCode">The department code if it could be read.</param>
/// <param name="Source">Where the entry is.</param>
internal sealed record ItemEntry(ServiceItem? Item, string? Code, string? DepartmentCode, EntrySource Source)
{
    public static ItemEntry Of(ServiceItem item, EntrySource source) => new(item, item.Code, item.DepartmentCode, source);
}
