using GovWorkflow.Activities.Cases;
using GovWorkflow.Activities.Cases.Persistence;
using GovWorkflow.Domain.Bundles;
using GovWorkflow.Domain.Cases;
using GovWorkflow.Domain.Catalog;
using GovWorkflow.Runtime.Inbox;
using GovWorkflow.Runtime.Persistence;
using GovWorkflow.Server.Auth;
using GovWorkflow.Server.Hosting;
using GovWorkflow.Server.Tasks;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Results = Microsoft.AspNetCore.Http.Results;

namespace GovWorkflow.Server.Supervision;

/// <summary>
/// 督办: warned and overdue tasks, time-limit statistics per bundle and rating statistics, in the departments the
/// supervisor's department oversees (<see cref="SupervisedDepartments"/>; everything for administrators).
/// </summary>
public static class SupervisionEndpoints
{
    /// <summary>The most tasks one list shows.</summary>
    public const int PageSize = 200;

    /// <summary>Bundles per page of <c>/items</c> unless asked otherwise.</summary>
    public const int DefaultItemPageSize = 20;

    /// <summary>The most bundles one page of <c>/items</c> shows.</summary>
    public const int MaxItemPageSize = 100;

    /// <summary>Maps the endpoints under <c>/api/supervision</c>.</summary>
    public static void MapSupervision(this IEndpointRouteBuilder app)
    {
        var supervision = app.MapGroup("/api/supervision").WithTags("督办").RequireAuthorization(Policies.Supervisor);
        supervision.MapGet("/tasks", TasksAsync).WithSummary("预警（level=warned，黄牌及超期）或超期（level=overdue）任务，所督办的部门");
        supervision.MapGet("/warnings", WarningsAsync).WithSummary("预警与超期任务，按部门与等级分组");
        supervision.MapGet("/items", ItemsAsync).WithSummary("各一件事（分页，可按办结日期 from–to 统计）：办结数、平均用时（工作日）对法定与承诺时限、压缩比、按时办结率");
        supervision.MapGet("/ratings", RatingsAsync).WithSummary("好差评（可按评价日期 from–to 统计）：各等级件数与差评占比");
    }

    private static async Task<IResult> TasksAsync(string? level, Func<RuntimeDbContext> contexts, ItemCatalog catalog, IClock clock, HttpContext http, CancellationToken cancellationToken)
    {
        level ??= "warned";
        if (level is not ("warned" or "overdue"))
        {
            return Problems.Of(StatusCodes.Status400BadRequest, "request.level-invalid", "level 应为 warned（预警）或 overdue（超期）。");
        }

        if (!TryScope(http, catalog, out var scope, out var problem))
        {
            return problem;
        }

        var now = clock.GetCurrentInstant();
        await using var context = contexts();
        var query = level == "overdue" ? InboxQueries.Overdue(context, now) : InboxQueries.Warned(context, now);
        var rows = await query.AsNoTracking().Include(t => t.Candidates).Take(PageSize * 5).ToListAsync(cancellationToken).ConfigureAwait(false);
        var visible = rows.Where(t => scope is null || WarningGroups.InScope(t, scope)).Take(PageSize).Select(t => TaskView.Of(t, now)).ToList();
        return Results.Ok(visible);
    }

    private static async Task<IResult> WarningsAsync(Func<RuntimeDbContext> contexts, ItemCatalog catalog, IClock clock, HttpContext http, CancellationToken cancellationToken)
    {
        if (!TryScope(http, catalog, out var scope, out var problem))
        {
            return problem;
        }

        var now = clock.GetCurrentInstant();
        await using var context = contexts();
        var rows = await InboxQueries.Warned(context, now).AsNoTracking().Include(t => t.Candidates).ToListAsync(cancellationToken).ConfigureAwait(false);
        var groups = WarningGroups.Of(rows, scope, catalog, now, PageSize);
        return Results.Ok(groups);
    }

    /// <summary><c>GET /api/supervision/items?from=&amp;to=&amp;page=&amp;pageSize=</c>: the bundles in scope by code, a page of them, over the cases decided in the period.</summary>
    private static async Task<IResult> ItemsAsync(
        string? from, string? to, int? page, int? pageSize, Func<CaseDbContext> contexts, CaseServices services, ItemCatalog catalog, IClock clock, HttpContext http, CancellationToken cancellationToken)
    {
        if (!StatisticsPeriod.TryParse(from, to, out var period, out var invalid))
        {
            return invalid;
        }

        if (page < 1 || pageSize is < 1 or > MaxItemPageSize)
        {
            return Problems.Of(StatusCodes.Status400BadRequest, "request.query-invalid", $"page 从 1 起；pageSize 为 1–{MaxItemPageSize}。");
        }

        if (!TryScope(http, catalog, out var scope, out var problem))
        {
            return problem;
        }

        var (number, size) = (page ?? 1, pageSize ?? DefaultItemPageSize);
        var bundles = BundlesIn(services, scope);
        var shown = bundles.Skip((number - 1) * size).Take(size).ToList();
        var cases = await CasesOfAsync(contexts, shown, cancellationToken).ConfigureAwait(false);
        var now = clock.GetCurrentInstant();
        var items = shown.Select(b => CaseStatistics.ForBundle(b, cases, services.Clock, now, period)).ToList();
        return Results.Ok(new ItemStatisticsPage(StatisticsPeriod.Format(period.From), StatisticsPeriod.Format(period.To), bundles.Count, number, size, items));
    }

    /// <summary><c>GET /api/supervision/ratings?from=&amp;to=</c>: over the cases of the bundles in scope rated in the period.</summary>
    private static async Task<IResult> RatingsAsync(string? from, string? to, Func<CaseDbContext> contexts, CaseServices services, ItemCatalog catalog, HttpContext http, CancellationToken cancellationToken)
    {
        if (!StatisticsPeriod.TryParse(from, to, out var period, out var invalid))
        {
            return invalid;
        }

        if (!TryScope(http, catalog, out var scope, out var problem))
        {
            return problem;
        }

        var cases = await CasesOfAsync(contexts, BundlesIn(services, scope), cancellationToken).ConfigureAwait(false);
        return Results.Ok(CaseStatistics.Ratings(cases, period));
    }

    /// <summary>The departments the caller oversees, or null for an administrator (everything).</summary>
    private static bool TryScope(HttpContext http, ItemCatalog catalog, out IReadOnlySet<string>? scope, out IResult problem)
    {
        var user = CurrentUser.From(http.User);
        scope = null;
        problem = Results.Empty;
        if (user.HasRole(Roles.Admin))
        {
            return true;
        }

        if (user.Department is not { } department)
        {
            problem = Problems.Of(StatusCodes.Status403Forbidden, "supervision.no-department", "督办人员须属于某一部门。");
            return false;
        }

        scope = SupervisedDepartments.Of(catalog, department);
        return true;
    }

    /// <summary>Bundles with at least one item of an overseen department, by code.</summary>
    private static List<ServiceBundle> BundlesIn(CaseServices services, IReadOnlySet<string>? scope) =>
        [.. services.Bundles.All.Where(b => scope is null || b.Items.Any(i => scope.Contains(i.Item.DepartmentCode))).OrderBy(b => b.Code, StringComparer.Ordinal)];

    private static async Task<List<CaseFile>> CasesOfAsync(Func<CaseDbContext> contexts, List<ServiceBundle> bundles, CancellationToken cancellationToken)
    {
        var codes = bundles.Select(b => b.Code).ToList();
        await using var context = contexts();
        var rows = await context.Cases.AsNoTracking().Where(c => codes.Contains(c.BundleCode)).Select(c => new { c.Data, c.Version })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => CaseJson.DeserializeCase(r.Data, r.Version))];
    }
}
