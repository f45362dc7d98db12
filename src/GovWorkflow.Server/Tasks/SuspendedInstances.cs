using GovWorkflow.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovWorkflow.Server.Tasks;

/// <summary>Which of a list's tasks wait in a suspended (挂起) instance, so that the list says so before anyone tries to complete them.</summary>
internal static class SuspendedInstances
{
    /// <summary>The ids of the suspended instances among those of <paramref name="tasks"/>.</summary>
    public static async Task<IReadOnlySet<string>> AmongAsync(RuntimeDbContext context, IEnumerable<TaskRecord> tasks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var ids = tasks.Select(t => t.InstanceId).Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            return new HashSet<string>(StringComparer.Ordinal);
        }

        var suspended = await context.Instances.AsNoTracking().Where(i => ids.Contains(i.Id) && i.SuspendedAt != null).Select(i => i.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return suspended.ToHashSet(StringComparer.Ordinal);
    }
}
