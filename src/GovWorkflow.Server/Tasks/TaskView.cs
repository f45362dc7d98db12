using GovWorkflow.Runtime.Persistence;
using GovWorkflow.Server.Hosting;
using NodaTime;

namespace GovWorkflow.Server.Tasks;

/// <summary>A task in a list: what, of which case, by when, and how late.</summary>
/// <param name="Id">Task id.</param>
/// <param name="CaseId">The case (a called process's tasks carry <c>case/…</c>).</param>
/// <param name="NodeId">The user task's id in the workflow.</param>
/// <param name="Name">Its name.</param>
/// <param name="FormKey">The decision form.</param>
/// <param name="Department">The department whose queue it is in.</param>
/// <param name="Version">The version to send back when completing it.</param>
/// <param name="DueAt">Its deadline (ISO 8601, UTC), or null.</param>
/// <param name="Level">normal, blue, yellow or red (overdue), now.</param>
/// <param name="Assignee">Who it is assigned to, or null while it waits in the queue.</param>
/// <param name="Owner">While delegated (委派), who delegated it and gets it back.</param>
/// <param name="Suspended">Whether its case is suspended (挂起): it cannot be completed until resumed. Set in the inbox and the department queue.</param>
public sealed record TaskView(long Id, string CaseId, string NodeId, string? Name, string? FormKey, string? Department, long Version, string? DueAt, string Level, string? Assignee = null, string? Owner = null, bool Suspended = false)
{
    /// <summary>The view of a task row at <paramref name="now"/>.</summary>
    public static TaskView Of(TaskRecord task, Instant now, bool suspended = false)
    {
        ArgumentNullException.ThrowIfNull(task);
        var level = task.DueAt <= now ? "red" : task.YellowAt <= now ? "yellow" : task.BlueAt <= now ? "blue" : "normal";
        return new TaskView(task.Id, task.InstanceId, task.NodeId, task.Name, task.FormKey, task.Department, task.Version, task.DueAt is { } due ? Iso.Format(due) : null, level, task.Assignee, task.Owner, suspended);
    }
}
