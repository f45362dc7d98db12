using GovWorkflow.Domain.Catalog;

namespace GovWorkflow.Server.Supervision;

/// <summary>Which departments a supervisor's department oversees.</summary>
/// <remarks>
/// The catalog's <c>parent</c> hierarchy is vertical (东城区市场监督管理局 under 示范市市场监督管理局), so a
/// 政务服务管理局 has no approving department below it. The rule: a 政务服务管理局 (code ending <c>-ZWFWJ</c>)
/// oversees every department of its region on its own level and below; the region is its code without the
/// <c>ZWFWJ</c> segment, as the catalog's codes are built (<c>SFS-</c> 示范市, <c>SFS-DCQ-</c> 东城区). So the city
/// bureau oversees every department, the 东城区 bureau every <c>SFS-DCQ-*</c> one. Any other department oversees its
/// subtree.
/// </remarks>
public static class SupervisedDepartments
{
    /// <summary>The last code segment of a 政务服务管理局.</summary>
    public const string OfficeSegment = "ZWFWJ";

    /// <summary>The codes <paramref name="department"/> oversees, itself included.</summary>
    public static IReadOnlySet<string> Of(ItemCatalog catalog, string department)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(department);
        var scope = new HashSet<string>(DepartmentScope.Subtree(catalog, department), StringComparer.Ordinal);
        if (department.EndsWith("-" + OfficeSegment, StringComparison.Ordinal) && catalog.TryGetDepartment(department, out var office))
        {
            var region = department[..^OfficeSegment.Length];
            foreach (var other in catalog.Departments.Where(d => d.Code.StartsWith(region, StringComparison.Ordinal) && d.Level >= office.Level))
            {
                scope.Add(other.Code);
            }
        }

        return scope;
    }
}
