using GovWorkflow.Domain.Errors;

namespace GovWorkflow.Domain.Catalog;

/// <summary>Checks the department entries: unique well-formed codes, known parents, no cycles, parents on a higher level.</summary>
/// <remarks>
/// Warnings and overdue cases escalate along the parent chain; a loop or an unknown parent would make
/// that escalation run forever or stop silently, so the whole catalog is refused instead.
/// </remarks>
internal static class DepartmentHierarchy
{
    /// <summary>Adds every problem to <paramref name="errors"/> and returns the first entry of each code.</summary>
    /// <param name="entries">The entries in load order.</param>
    /// <param name="referencesComplete">False when some file could not be read, so an unknown parent may be defined there.</param>
    /// <param name="errors">Receives the problems.</param>
    public static Dictionary<string, DepartmentEntry> Check(IReadOnlyList<DepartmentEntry> entries, bool referencesComplete, List<DomainError> errors)
    {
        var byCode = IndexUnique(entries, errors);
        foreach (var entry in entries)
        {
            CheckParent(entry, byCode, referencesComplete, errors);
        }

        CheckCycles(entries, byCode, errors);
        return byCode;
    }

    private static Dictionary<string, DepartmentEntry> IndexUnique(IReadOnlyList<DepartmentEntry> entries, List<DomainError> errors)
    {
        var byCode = new Dictionary<string, DepartmentEntry>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (entry.Code is not { } code)
            {
                continue;
            }

            if (!CodeFormat.IsUpperKebab(code))
            {
                errors.Add(CatalogErrors.CodeFormat(entry.Source.At("code"), "部门编码", "Department code", code, upper: true));
            }

            if (!byCode.TryAdd(code, entry))
            {
                errors.Add(CatalogErrors.DuplicateCode(entry.Source.At("code"), "部门编码", "department code", code, byCode[code].Source.Describe()));
            }
        }

        return byCode;
    }

    private static void CheckParent(DepartmentEntry entry, Dictionary<string, DepartmentEntry> byCode, bool referencesComplete, List<DomainError> errors)
    {
        if (entry.ParentCode is not { } parentCode || parentCode == entry.Code)
        {
            return;
        }

        if (!byCode.TryGetValue(parentCode, out var parent))
        {
            if (referencesComplete)
            {
                errors.Add(CatalogErrors.UnknownDepartment(entry.Source.At("parent"), "上级部门", "Parent department", parentCode, Spelling.Nearest(parentCode, byCode.Keys)));
            }

            return;
        }

        if (entry.Level is { } level && parent.Level is { } parentLevel && level <= parentLevel)
        {
            errors.Add(CatalogErrors.DepartmentLevel(entry.Source.At("level"), entry.Code ?? entry.Source.Path, level, parentCode, parentLevel));
        }
    }

    private static void CheckCycles(IReadOnlyList<DepartmentEntry> entries, Dictionary<string, DepartmentEntry> byCode, List<DomainError> errors)
    {
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i].Code is { } code)
            {
                order.TryAdd(code, i);
            }
        }

        var settled = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in byCode.Keys.OrderBy(c => order[c]))
        {
            var path = new List<string>();
            var onPath = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var current = start; current is not null && !settled.Contains(current) && byCode.TryGetValue(current, out var node); current = node.ParentCode)
            {
                if (onPath.TryGetValue(current, out var loopStart))
                {
                    ReportCycle(path.GetRange(loopStart, path.Count - loopStart), byCode, order, errors);
                    break;
                }

                onPath.Add(current, path.Count);
                path.Add(current);
            }

            settled.UnionWith(path);
        }
    }

    private static void ReportCycle(List<string> loop, Dictionary<string, DepartmentEntry> byCode, Dictionary<string, int> order, List<DomainError> errors)
    {
        var first = loop.IndexOf(loop.MinBy(c => order[c])!);
        var chain = loop.Skip(first).Concat(loop.Take(first)).ToList();
        chain.Add(chain[0]);
        errors.Add(CatalogErrors.DepartmentCycle(byCode[chain[0]].Source.At("parent"), chain));
    }
}
