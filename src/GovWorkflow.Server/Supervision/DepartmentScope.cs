using GovWorkflow.Domain.Catalog;

namespace GovWorkflow.Server.Supervision;

/// <summary>A department and every department below it in the catalog's hierarchy.</summary>
public static class DepartmentScope
{
    /// <summary>The codes of <paramref name="department"/> and its subtree.</summary>
    public static IReadOnlySet<string> Subtree(ItemCatalog catalog, string department)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([department]);
        while (pending.TryPop(out var code))
        {
            if (codes.Add(code) && catalog.TryGetDepartment(code, out _))
            {
                foreach (var child in catalog.GetChildren(code))
                {
                    pending.Push(child.Code);
                }
            }
        }

        return codes;
    }
}
