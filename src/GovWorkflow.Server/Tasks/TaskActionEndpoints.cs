using GovWorkflow.Activities.Desk;
using GovWorkflow.Runtime.Persistence;
using GovWorkflow.Runtime.Tasks;
using GovWorkflow.Server.Auth;
using GovWorkflow.Server.Hosting;
using Microsoft.EntityFrameworkCore;
using Results = Microsoft.AspNetCore.Http.Results;

namespace GovWorkflow.Server.Tasks;

/// <summary>Claim, unclaim, transfer (转办), delegate (委派) and resolve, urge (催办) and carbon copy (抄送).</summary>
/// <remarks>
/// The endpoint checks the person (a candidate of the task, the target in the task's department, a supervisor of the
/// task's department);
/// <see cref="TaskOperations"/> checks the task's state and writes the change, the audit line and the notification
/// in one transaction. Each answers the task as it is now, with its new version.
/// </remarks>
public static class TaskActionEndpoints
{
    /// <summary>The most copies one list shows.</summary>
    public const int PageSize = 100;

    /// <summary>Maps the actions under <c>/api/tasks</c>.</summary>
    public static void MapTaskActions(this RouteGroupBuilder tasks)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        tasks.MapPost("/{taskId:long}/claim", ClaimAsync).RequireAuthorization(Policies.Staff).WithSummary("认领任务（候选人；已被他人认领则 409）");
        tasks.MapPost("/{taskId:long}/unclaim", UnclaimAsync).RequireAuthorization(Policies.Staff).WithSummary("取消认领，任务回到部门待办");
        tasks.MapPost("/{taskId:long}/transfer", TransferAsync).RequireAuthorization(Policies.Staff).WithSummary("转办给本任务候选范围（本部门）内的其他人员");
        tasks.MapPost("/{taskId:long}/delegate", DelegateAsync).RequireAuthorization(Policies.Staff).WithSummary("委派：受托人处理后交回，由委派人办结");
        tasks.MapPost("/{taskId:long}/resolve", ResolveAsync).RequireAuthorization(Policies.Staff).WithSummary("受托人交回委派的任务");
        tasks.MapPost("/{taskId:long}/urge", UrgeAsync).RequireAuthorization(Policies.Staff).WithSummary("催办（所督办部门的督办人员、管理员或本件收件窗口）");
        tasks.MapPost("/{taskId:long}/copy", CopyAsync).RequireAuthorization(Policies.Staff).WithSummary("抄送给其他人员");
        tasks.MapGet("/copies", CopiesAsync).RequireAuthorization(Policies.Staff).WithSummary("抄送我的任务（最新在前）");
    }

    private static async Task<IResult> ClaimAsync(long taskId, TaskActionRequest? request, [AsParameters] TaskActionServices services, CancellationToken cancellationToken)
    {
        var (task, problem) = await services.OpenTaskAsync(taskId, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var user = services.User;
        if (!CaseDesk.MayComplete(user.ToPerson(), CaseTasks.Candidates(task!, task!.Version), null))
        {
            return TaskActionServices.NotCandidate(task, user.Id);
        }

        return await services.AnswerAsync(await services.Operations.ClaimAsync(taskId, user.Id, request?.ExpectedVersion, cancellationToken).ConfigureAwait(false), taskId, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IResult> UnclaimAsync(long taskId, TaskActionRequest? request, [AsParameters] TaskActionServices services, CancellationToken cancellationToken)
    {
        var outcome = await services.Operations.UnclaimAsync(taskId, services.User.Id, request?.ExpectedVersion, cancellationToken).ConfigureAwait(false);
        return await services.AnswerAsync(outcome, taskId, cancellationToken).ConfigureAwait(false);
    }

    private static Task<IResult> TransferAsync(long taskId, TaskActionRequest? request, [AsParameters] TaskActionServices services, CancellationToken cancellationToken) =>
        HandOverAsync(taskId, request, services, delegating: false, cancellationToken);

    private static Task<IResult> DelegateAsync(long taskId, TaskActionRequest? request, [AsParameters] TaskActionServices services, CancellationToken cancellationToken) =>
        HandOverAsync(taskId, request, services, delegating: true, cancellationToken);

    private static async Task<IResult> ResolveAsync(long taskId, TaskActionRequest? request, [AsParameters] TaskActionServices services, CancellationToken cancellationToken)
    {
        var outcome = await services.Operations.ResolveAsync(taskId, services.User.Id, request?.Comment, request?.ExpectedVersion, cancellationToken).ConfigureAwait(false);
        return await services.AnswerAsync(outcome, taskId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Transfer and delegate: the caller may act on the task now; the target is a candidate of it (in its department).</summary>
    private static async Task<IResult> HandOverAsync(long taskId, TaskActionRequest? request, TaskActionServices services, bool delegating, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request?.To))
        {
            return Problems.Of(StatusCodes.Status400BadRequest, "request.to-missing", "请指定接收人（to）。");
        }

        var (task, problem) = await services.OpenTaskAsync(taskId, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var user = services.User;
        if (!services.MayHandOver(task))
        {
            return TaskActionServices.NotCandidate(task!, user.Id);
        }

        if (!services.People.Directory.TryGet(request.To, out var target) || request.To == user.Id)
        {
            return Problems.Of(StatusCodes.Status422UnprocessableEntity, "task.target-invalid", $"接收人 {request.To} 不存在或就是本人。");
        }

        if (!CaseDesk.MayComplete(target, CaseTasks.Candidates(task, task.Version), null))
        {
            return Problems.Of(StatusCodes.Status422UnprocessableEntity, "task.target-not-candidate", $"{target.Name}（{target.Id}）不在任务“{task.Name ?? task.NodeId}”的办理范围（部门、岗位）内。");
        }

        var outcome = delegating
            ? await services.Operations.DelegateAsync(taskId, user.Id, target.Id, request.Comment, request.ExpectedVersion, cancellationToken).ConfigureAwait(false)
            : await services.Operations.TransferAsync(taskId, user.Id, target.Id, request.Comment, request.ExpectedVersion, cancellationToken).ConfigureAwait(false);
        return await services.AnswerAsync(outcome, taskId, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IResult> UrgeAsync(long taskId, TaskActionRequest? request, [AsParameters] TaskActionServices services, CancellationToken cancellationToken)
    {
        var (task, problem) = await services.OpenTaskAsync(taskId, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var user = services.User;
        var allowed = services.Supervises(task!)
            || (user.HasRole(Roles.Clerk) && await services.ReceivingClerkAsync(task!, cancellationToken).ConfigureAwait(false) == user.Id);
        if (!allowed)
        {
            return Problems.Of(StatusCodes.Status403Forbidden, "task.not-allowed", "只有所督办部门的督办人员、管理员或本件的收件窗口可以催办。");
        }

        return await services.AnswerAsync(await services.Operations.UrgeAsync(taskId, user.Id, request?.Comment, cancellationToken).ConfigureAwait(false), taskId, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IResult> CopyAsync(long taskId, CopyRequest? request, [AsParameters] TaskActionServices services, CancellationToken cancellationToken)
    {
        if (request?.Users is not { Count: > 0 } users)
        {
            return Problems.Of(StatusCodes.Status400BadRequest, "request.users-missing", "请指定抄送人员（users）。");
        }

        var (task, problem) = await services.OpenTaskAsync(taskId, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var user = services.User;
        if (!services.Supervises(task!) && !CaseDesk.MayComplete(user.ToPerson(), CaseTasks.Of(task!, task!.Version), null))
        {
            return TaskActionServices.NotCandidate(task!, user.Id);
        }

        if (users.FirstOrDefault(u => !services.People.Directory.TryGet(u, out _)) is { } unknown)
        {
            return Problems.Of(StatusCodes.Status422UnprocessableEntity, "task.target-invalid", $"抄送人员 {unknown} 不存在。");
        }

        return await services.AnswerAsync(await services.Operations.CopyAsync(taskId, user.Id, users, request.Comment, cancellationToken).ConfigureAwait(false), taskId, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IResult> CopiesAsync([AsParameters] TaskActionServices services, CancellationToken cancellationToken)
    {
        await using var context = services.Contexts();
        var copies = await CopyQueries.ForUser(context, services.User.Id).AsNoTracking().Take(PageSize).ToListAsync(cancellationToken).ConfigureAwait(false);
        var ids = copies.Select(c => c.TaskId).Distinct().ToList();
        var tasks = await context.Tasks.AsNoTracking().Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken).ConfigureAwait(false);
        var now = services.Clock.GetCurrentInstant();
        return Results.Ok(copies.Where(c => tasks.ContainsKey(c.TaskId)).Select(c => new CopyView(
            TaskView.Of(tasks[c.TaskId], now), StatusName(tasks[c.TaskId].Status), c.CopiedBy, Iso.Format(c.CopiedAt), c.Comment)).ToList());
    }

    private static string StatusName(WorkStatus status) => status switch
    {
        WorkStatus.Open => "open",
        WorkStatus.Done => "done",
        _ => "cancelled",
    };
}
