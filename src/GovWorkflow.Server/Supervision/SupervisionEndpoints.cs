using GovWorkflow.Domain.Catalog;
using GovWorkflow.Runtime.Inbox;
using GovWorkflow.Runtime.Persistence;
using GovWorkflow.Server.Auth;
using GovWorkflow.Server.Hosting;
using GovWorkflow.Server.Tasks;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace GovWorkflow.Server.Supervision;

/// <summary>督办: warned and overdue tasks in the supervisor's department subtree (all of them for administrators).</summary>
public static class SupervisionEndpoints
{
    /// <summary>The most tasks one list shows.</summary>
    public const int PageSize = 200;

    /// <summary>Maps the endpoints under <c>/api/supervision</c>.</summary>
    public static void MapSupervision(this IEndpointRouteBuilder app)
    {
        var supervision = app.MapGroup("/api/supervision").WithTags("督办").RequireAuthorization(Policies.Supervisor);
        supervision.MapGet("/tasks", TasksAsync).WithSummary("预警（level=warned，黄牌及超期）或超期（level=overdue）任务，本部门及下级部门");
    }

    private static async Task<IResult> TasksAsync(string? level, Func<RuntimeDbContext> contexts, ItemCatalog catalog, IClock clock, HttpContext http, CancellationToken cancellationToken)
    {
        level ??= "warned";
        if (level is not ("warned" or "overdue"))
        {
            return Problems.Of(StatusCodes.Status400BadRequest, "request.level-invalid", "level 应为 warned（预警）或 overdue（超期）。");
        }

        var user = CurrentUser.From(http.User);
        IReadOnlySet<string>? scope = null;
        if (!user.HasRole(Roles.Admin))
        {
            if (user.Department is not { } department)
            {
                return Problems.Of(StatusCodes.Status403Forbidden, "supervision.no-department", "督办人员须属于某一部门。");
            }

            scope = DepartmentScope.Subtree(catalog, department);
        }

        var now = clock.GetCurrentInstant();
        await using var context = contexts();
        var query = level == "overdue" ? InboxQueries.Overdue(context, now) : InboxQueries.Warned(context, now);
        var rows = await query.AsNoTracking().Include(t => t.Candidates).Take(PageSize * 5).ToListAsync(cancellationToken).ConfigureAwait(false);
        var visible = rows.Where(t => scope is null || InScope(t, scope)).Take(PageSize).Select(t => TaskView.Of(t, now)).ToList();
        return Results.Ok(visible);
    }

    private static bool InScope(TaskRecord task, IReadOnlySet<string> scope) =>
        (task.Department is { } department && scope.Contains(department))
        || task.Candidates.Any(c => c.Kind == CandidateKind.Department && scope.Contains(c.Value));
}
