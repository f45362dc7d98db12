using System.Diagnostics.CodeAnalysis;
using GovWorkflow.Domain.Errors;

namespace GovWorkflow.Domain.Catalog;

/// <summary>事项目录: the published departments and items, looked up by code.</summary>
/// <remarks>
/// Immutable and always valid: it is only built by <see cref="Create"/> or <see cref="ItemCatalogLoader"/>,
/// which refuse the whole catalog on any problem. Cases and workflows refer to items by code, so a
/// half-loaded catalog would fail later, far from the typo that caused it.
/// Codes are compared ordinally (case-sensitive).
/// </remarks>
public sealed class ItemCatalog
{
    private readonly Department[] departments;
    private readonly ServiceItem[] items;
    private readonly Dictionary<string, Department> departmentsByCode;
    private readonly Dictionary<string, ServiceItem> itemsByCode;
    private readonly Dictionary<string, ServiceItem[]> itemsByDepartment;
    private readonly Dictionary<string, Department[]> childrenByDepartment;

    internal ItemCatalog(IEnumerable<Department> departments, IEnumerable<ServiceItem> items)
    {
        this.departments = [.. departments];
        this.items = [.. items];
        departmentsByCode = this.departments.ToDictionary(d => d.Code, StringComparer.Ordinal);
        itemsByCode = this.items.ToDictionary(i => i.Code, StringComparer.Ordinal);
        itemsByDepartment = this.items
            .GroupBy(i => i.DepartmentCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        childrenByDepartment = this.departments
            .Where(d => d.ParentCode is not null)
            .GroupBy(d => d.ParentCode!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>A catalog with no departments and no items.</summary>
    public static ItemCatalog Empty { get; } = new([], []);

    /// <summary>The departments, in load order (files by name, then entries in file order).</summary>
    public IReadOnlyList<Department> Departments => departments;

    /// <summary>The items, in load order (files by name, then entries in file order).</summary>
    public IReadOnlyList<ServiceItem> Items => items;

    /// <summary>Validates departments and items together and builds a catalog, or returns every problem found.</summary>
    /// <remarks>The rules are those of <see cref="ItemCatalogLoader"/>; errors name the entry as <c>items[2].materials[0].tolerable</c>.</remarks>
    /// <param name="departments">The departments.</param>
    /// <param name="items">The items.</param>
    public static ItemCatalogLoadResult Create(IEnumerable<Department> departments, IEnumerable<ServiceItem> items)
    {
        ArgumentNullException.ThrowIfNull(departments);
        ArgumentNullException.ThrowIfNull(items);
        var departmentEntries = departments
            .Select((d, i) => DepartmentEntry.Of(d ?? throw new ArgumentException("The department list contains null.", nameof(departments)), EntrySource.InMemory($"departments[{i}]")))
            .ToList();
        var itemEntries = items
            .Select((item, i) => ItemEntry.Of(item ?? throw new ArgumentException("The item list contains null.", nameof(items)), EntrySource.InMemory($"items[{i}]")))
            .ToList();
        return CatalogAssembler.Assemble(departmentEntries, itemEntries, referencesComplete: true, []);
    }

    /// <summary>Finds an item by its code.</summary>
    public bool TryGetItem(string code, [NotNullWhen(true)] out ServiceItem? item)
    {
        ArgumentNullException.ThrowIfNull(code);
        return itemsByCode.TryGetValue(code, out item);
    }

    /// <summary>Returns the item with this code.</summary>
    /// <exception cref="DomainException">With code <c>catalog.unknown-item</c> when there is none; the message suggests close codes.</exception>
    public ServiceItem GetItem(string code) =>
        TryGetItem(code, out var item)
            ? item
            : throw new DomainException(CatalogErrors.UnknownItem(code, Spelling.Nearest(code, itemsByCode.Keys), items.Length));

    /// <summary>Finds a department by its code.</summary>
    public bool TryGetDepartment(string code, [NotNullWhen(true)] out Department? department)
    {
        ArgumentNullException.ThrowIfNull(code);
        return departmentsByCode.TryGetValue(code, out department);
    }

    /// <summary>Returns the department with this code.</summary>
    /// <exception cref="DomainException">With code <c>catalog.unknown-department</c> when there is none.</exception>
    public Department GetDepartment(string code) =>
        TryGetDepartment(code, out var department)
            ? department
            : throw new DomainException(CatalogErrors.UnknownDepartmentLookup(code, Spelling.Nearest(code, departmentsByCode.Keys)));

    /// <summary>The items the department handles itself, in load order; empty for an unknown code.</summary>
    /// <remarks>Items of subordinate departments are not included: each department works its own inbox.</remarks>
    public IReadOnlyList<ServiceItem> GetItemsOfDepartment(string departmentCode)
    {
        ArgumentNullException.ThrowIfNull(departmentCode);
        return itemsByDepartment.TryGetValue(departmentCode, out var found) ? found : [];
    }

    /// <summary>The departments whose parent is this one, in load order; empty for an unknown code.</summary>
    public IReadOnlyList<Department> GetChildren(string departmentCode)
    {
        ArgumentNullException.ThrowIfNull(departmentCode);
        return childrenByDepartment.TryGetValue(departmentCode, out var found) ? found : [];
    }

    /// <summary>The parent, its parent and so on up to the top, nearest first; empty for a top department or an unknown code.</summary>
    /// <remarks>The path supervision escalates along; it always ends because the catalog refuses cycles.</remarks>
    public IReadOnlyList<Department> GetAncestors(string departmentCode)
    {
        ArgumentNullException.ThrowIfNull(departmentCode);
        var ancestors = new List<Department>();
        for (var current = TryGetDepartment(departmentCode, out var start) ? start.ParentCode : null;
             current is not null && departmentsByCode.TryGetValue(current, out var parent);
             current = parent.ParentCode)
        {
            ancestors.Add(parent);
        }

        return ancestors;
    }
}
