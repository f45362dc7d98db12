using GovWorkflow.Domain.Catalog;
using GovWorkflow.Runtime.Persistence;
using GovWorkflow.Server.Tasks;
using NodaTime;

namespace GovWorkflow.Server.Supervision;

/// <summary>Groups warned and overdue open tasks by department and level, within a supervisor's scope.</summary>
public static class WarningGroups
{
    /// <summary>
    /// The groups of the tasks in <paramref name="scope"/> (every task when null), by department code, red before yellow;
    /// each lists at most <paramref name="perGroup"/> tasks, earliest warned first.
    /// </summary>
    public static IReadOnlyList<WarningGroup> Of(IEnumerable<TaskRecord> warned, IReadOnlySet<string>? scope, ItemCatalog catalog, Instant now, int perGroup)
    {
        ArgumentNullException.ThrowIfNull(warned);
        ArgumentNullException.ThrowIfNull(catalog);
        return [.. warned
            .Where(t => scope is null || InScope(t, scope))
            .Select(t => (Department: DepartmentOf(t, scope), View: TaskView.Of(t, now)))
            .Where(t => t.View.Level is "yellow" or "red")
            .GroupBy(t => (t.Department, t.View.Level))
            .OrderBy(g => g.Key.Department, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Level, StringComparer.Ordinal)
            .Select(g => new WarningGroup(
                g.Key.Department,
                g.Key.Department is { } code && catalog.TryGetDepartment(code, out var department) ? department.Name : null,
                g.Key.Level,
                g.Count(),
                [.. g.Select(t => t.View).Take(perGroup)]))];
    }

    /// <summary>Whether the task's department, or one of its candidate departments, is in <paramref name="scope"/>.</summary>
    public static bool InScope(TaskRecord task, IReadOnlySet<string> scope)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(scope);
        return (task.Department is { } department && scope.Contains(department))
            || task.Candidates.Any(c => c.Kind == CandidateKind.Department && scope.Contains(c.Value));
    }

    private static string? DepartmentOf(TaskRecord task, IReadOnlySet<string>? scope) =>
        task.Department
        ?? task.Candidates.Where(c => c.Kind == CandidateKind.Department && (scope is null || scope.Contains(c.Value))).Select(c => c.Value).Order(StringComparer.Ordinal).FirstOrDefault();
}
