using GovWorkflow.Runtime.Persistence;
using NodaTime;

namespace GovWorkflow.Runtime.Inbox;

/// <summary>The task lists people work from, as queries that the indexes of <see cref="RuntimeDbContext"/> serve.</summary>
/// <remarks>
/// Each query is written so that both SQLite and PostgreSQL find its rows through an index (the tests check the
/// plans with a few thousand tasks). Lists that show tasks without a deadline put them last on both providers
/// (SQLite and PostgreSQL disagree on where NULL sorts), and every list ends with the task id so that pages are stable.
/// </remarks>
public static class InboxQueries
{
    /// <summary>
    /// 我的待办: open tasks assigned to <paramref name="user"/>, and open unassigned tasks that name the user or
    /// one of <paramref name="groups"/> as a candidate; soonest deadline first.
    /// </summary>
    /// <remarks>
    /// Two index lookups joined with <c>UNION ALL</c> (assigned tasks by assignee; claimable tasks through the
    /// candidates' (kind, value) index): an <c>OR</c> over both would make the planners scan every open task.
    /// The two halves cannot overlap, one has an assignee and the other none.
    /// </remarks>
    public static IQueryable<TaskRecord> ForUser(RuntimeDbContext context, string user, IReadOnlyCollection<string> groups)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(groups);
        var groupList = groups.ToList();
        var assigned = context.Tasks.Where(t => t.Assignee == user && t.Status == WorkStatus.Open);
        var candidateTaskIds = context.TaskCandidates
            .Where(c => (c.Kind == CandidateKind.User && c.Value == user) || (c.Kind == CandidateKind.Group && groupList.Contains(c.Value)))
            .Select(c => c.TaskId);
        var claimable = context.Tasks.Where(t => candidateTaskIds.Contains(t.Id) && t.Status == WorkStatus.Open && t.Assignee == null);
        return ByDeadline(assigned.Concat(claimable));
    }

    /// <summary>科室待办: open tasks queued in or assigned within <paramref name="department"/>; soonest deadline first.</summary>
    public static IQueryable<TaskRecord> ForDepartment(RuntimeDbContext context, string department)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(department);
        return ByDeadline(context.Tasks.Where(t => t.Department == department && t.Status == WorkStatus.Open));
    }

    /// <summary>超期 (red): open tasks whose deadline is at or before <paramref name="now"/>; longest overdue first.</summary>
    public static IQueryable<TaskRecord> Overdue(RuntimeDbContext context, Instant now)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Tasks
            .Where(t => t.Status == WorkStatus.Open && t.DueAt != null && t.DueAt <= now)
            .OrderBy(t => t.DueAt)
            .ThenBy(t => t.Id);
    }

    /// <summary>
    /// 黄牌预警: open tasks whose yellow warning has started at or before <paramref name="now"/>, overdue ones
    /// included (red is past yellow); earliest warning first.
    /// </summary>
    public static IQueryable<TaskRecord> Warned(RuntimeDbContext context, Instant now)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Tasks
            .Where(t => t.Status == WorkStatus.Open && t.YellowAt != null && t.YellowAt <= now)
            .OrderBy(t => t.YellowAt)
            .ThenBy(t => t.Id);
    }

    /// <summary>Every task of one instance, open or closed, in the order they were created.</summary>
    public static IQueryable<TaskRecord> OfInstance(RuntimeDbContext context, string instanceId)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(instanceId);
        return context.Tasks.Where(t => t.InstanceId == instanceId).OrderBy(t => t.Id);
    }

    private static IOrderedQueryable<TaskRecord> ByDeadline(IQueryable<TaskRecord> tasks) =>
        tasks.OrderBy(t => t.DueAt == null).ThenBy(t => t.DueAt).ThenBy(t => t.Id);
}
