using GovWorkflow.Domain.Errors;

namespace GovWorkflow.Domain.Catalog;

/// <summary>Runs the cross-entry checks and builds the catalog only when nothing at all is wrong.</summary>
internal static class CatalogAssembler
{
    /// <param name="departments">Department entries in load order; an entry with its own errors has no department.</param>
    /// <param name="items">Item entries in load order; an entry with its own errors has no item.</param>
    /// <param name="referencesComplete">False when some source could not be read, which silences unknown-reference errors.</param>
    /// <param name="errors">The errors found so far; the checks add theirs.</param>
    public static ItemCatalogLoadResult Assemble(IReadOnlyList<DepartmentEntry> departments, IReadOnlyList<ItemEntry> items, bool referencesComplete, List<DomainError> errors)
    {
        foreach (var entry in departments)
        {
            if (entry.Department is { } department)
            {
                CatalogRules.CheckDepartment(department, entry.Source, errors);
            }
        }

        var known = DepartmentHierarchy.Check(departments, referencesComplete, errors);
        CatalogRules.CheckItems(items, known, referencesComplete, errors);
        if (errors.Count > 0)
        {
            return new ItemCatalogLoadResult(null, errors);
        }

        if (departments.Any(d => d.Department is null) || items.Any(i => i.Item is null))
        {
            throw new InvalidOperationException("A catalog entry was left unbuilt without an error being reported.");
        }

        return new ItemCatalogLoadResult(new ItemCatalog(departments.Select(d => d.Department!), items.Select(i => i.Item!)), []);
    }
}
