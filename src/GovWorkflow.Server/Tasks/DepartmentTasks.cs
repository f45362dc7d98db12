using GovWorkflow.Runtime.Inbox;
using GovWorkflow.Runtime.Persistence;
using GovWorkflow.Server.Auth;
using GovWorkflow.Server.Hosting;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Results = Microsoft.AspNetCore.Http.Results;

namespace GovWorkflow.Server.Tasks;

/// <summary>科室待办: the open tasks queued in or assigned within the caller's department, filtered and paged.</summary>
public static class DepartmentTasks
{
    /// <summary>Tasks per page unless asked otherwise.</summary>
    public const int DefaultPageSize = 20;

    /// <summary>The most tasks one page shows.</summary>
    public const int MaxPageSize = 100;

    /// <summary>
    /// <c>GET /api/tasks/department?department=&amp;status=unclaimed|claimed&amp;node=&amp;overdue=true&amp;page=&amp;pageSize=</c>;
    /// another department than the caller's is refused (403 <c>task.other-department</c>).
    /// </summary>
    public static async Task<IResult> ListAsync(
        string? department, string? status, string? node, bool? overdue, int? page, int? pageSize, Func<RuntimeDbContext> contexts, IClock clock, HttpContext http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(http);
        var user = CurrentUser.From(http.User);
        if (user.Department is not { } own || (department is not null && department != own))
        {
            return Problems.Of(StatusCodes.Status403Forbidden, "task.other-department", $"只能查看本部门（{user.Department ?? "无"}）的待办。");
        }

        if (status is not (null or "" or "unclaimed" or "claimed") || page < 1 || pageSize is < 1 or > MaxPageSize)
        {
            return Problems.Of(StatusCodes.Status400BadRequest, "request.query-invalid", $"status 只能是 unclaimed 或 claimed；page 从 1 起；pageSize 为 1–{MaxPageSize}。");
        }

        var now = clock.GetCurrentInstant();
        await using var context = contexts();
        IQueryable<TaskRecord> tasks = InboxQueries.ForDepartment(context, own).AsNoTracking();
        tasks = status switch
        {
            "unclaimed" => tasks.Where(t => t.Assignee == null),
            "claimed" => tasks.Where(t => t.Assignee != null),
            _ => tasks,
        };
        if (!string.IsNullOrEmpty(node))
        {
            tasks = tasks.Where(t => t.NodeId == node);
        }

        if (overdue is { } late)
        {
            tasks = late ? tasks.Where(t => t.DueAt != null && t.DueAt <= now) : tasks.Where(t => t.DueAt == null || t.DueAt > now);
        }

        var (number, size) = (page ?? 1, pageSize ?? DefaultPageSize);
        var total = await tasks.CountAsync(cancellationToken).ConfigureAwait(false);
        var rows = await tasks.Skip((number - 1) * size).Take(size).ToListAsync(cancellationToken).ConfigureAwait(false);
        var suspended = await SuspendedInstances.AmongAsync(context, rows, cancellationToken).ConfigureAwait(false);
        return Results.Ok(new DepartmentQueuePage(own, total, number, size, [.. rows.Select(t => TaskView.Of(t, now, suspended.Contains(t.InstanceId)))]));
    }
}
