using GovWorkflow.Activities.Desk;
using GovWorkflow.Runtime.Instances;
using GovWorkflow.Runtime.Persistence;
using GovWorkflow.Server.Auth;
using GovWorkflow.Server.Hosting;
using Microsoft.EntityFrameworkCore;
using Results = Microsoft.AspNetCore.Http.Results;

namespace GovWorkflow.Server.Tasks;

/// <summary>Actions that change how a task's work proceeds: added signers (加签) and signing, send back (退回) and withdraw (撤回), suspend (挂起) and resume.</summary>
/// <remarks>
/// Signers: the holder of the task (a candidate; asking claims it) names other staff whose opinion the task waits for;
/// each signs in their own list (<c>GET /api/tasks/signing</c>); the task cannot be completed before. Send back is
/// for whoever may act on the task, to a step that already ran upstream of it; withdraw is for whoever completed a
/// task, while the next step is untouched. Suspension acts
/// on the whole case the task belongs to and is for supervisors over the task's department and administrators.
/// </remarks>
public static class TaskFlowEndpoints
{
    /// <summary>The most signature requests one list shows.</summary>
    public const int PageSize = 100;

    /// <summary>Maps the actions under <c>/api/tasks</c>.</summary>
    public static void MapTaskFlow(this RouteGroupBuilder tasks)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        tasks.MapGet("/signing", SigningAsync).RequireAuthorization(Policies.Staff).WithSummary("待我签署的加签（最早在前）");
        tasks.MapGet("/{taskId:long}/signers", SignersAsync).RequireAuthorization(Policies.Staff).WithSummary("任务的加签人员与签署意见");
        tasks.MapPost("/{taskId:long}/signers", AddSignersAsync).RequireAuthorization(Policies.Staff).WithSummary("加签：请其他人员签署意见，签署前任务不能办结");
        tasks.MapDelete("/{taskId:long}/signers/{userId}", RemoveSignerAsync).RequireAuthorization(Policies.Staff).WithSummary("撤回尚未签署的加签");
        tasks.MapPost("/{taskId:long}/sign", SignAsync).RequireAuthorization(Policies.Staff).WithSummary("加签人员签署意见（同意或不同意）");
        tasks.MapGet("/{taskId:long}/send-back-targets", SendBackTargetsAsync).RequireAuthorization(Policies.Staff).WithSummary("可退回的环节（已办理过的上游环节，最近者在前）");
        tasks.MapPost("/{taskId:long}/send-back", SendBackAsync).RequireAuthorization(Policies.Staff).WithSummary("退回到所选的已办环节，由其原办理人重新办理（须说明理由）");
        tasks.MapPost("/{taskId:long}/withdraw", WithdrawAsync).RequireAuthorization(Policies.Staff).WithSummary("撤回本人已办结的任务（下一环节尚未签收办理时）");
        tasks.MapPost("/{taskId:long}/suspend", SuspendAsync).RequireAuthorization(Policies.Staff).WithSummary("挂起任务所属办件（督办人员、管理员；须说明理由）");
        tasks.MapPost("/{taskId:long}/resume", ResumeAsync).RequireAuthorization(Policies.Staff).WithSummary("恢复挂起的办件，期间到期的定时即时处理");
    }

    private static async Task<IResult> SigningAsync([AsParameters] TaskActionServices services, CancellationToken cancellationToken)
    {
        await using var context = services.Contexts();
        var user = services.User.Id;
        var rows = await context.TaskSigners.AsNoTracking()
            .Where(s => s.Signer == user && s.Status == WorkStatus.Open)
            .Join(context.Tasks.Where(t => t.Status == WorkStatus.Open), s => s.TaskId, t => t.Id, (s, t) => new { Signer = s, Task = t })
            .OrderBy(r => r.Signer.Id).Take(PageSize)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var now = services.Clock.GetCurrentInstant();
        return Results.Ok(rows.Select(r => new { Task = TaskView.Of(r.Task, now), Signature = SignerView.Of(r.Signer) }).ToList());
    }

    private static async Task<IResult> SignersAsync(long taskId, [AsParameters] TaskActionServices services, CancellationToken cancellationToken)
    {
        await using var context = services.Contexts();
        var task = await context.Tasks.AsNoTracking().Include(t => t.Candidates).SingleOrDefaultAsync(t => t.Id == taskId, cancellationToken).ConfigureAwait(false);
        if (task is null)
        {
            return Problems.Of(StatusCodes.Status404NotFound, "task.not-found", $"任务 {taskId} 不存在。");
        }

        var signers = await services.Operations.SignersAsync(taskId, cancellationToken).ConfigureAwait(false);
        var user = services.User;
        var mayLook = user.HasRole(Roles.Admin) || user.HasRole(Roles.Supervisor) || task.Assignee == user.Id || task.Owner == user.Id
            || signers.Any(s => s.Signer == user.Id) || CaseDesk.MayComplete(user.ToPerson(), CaseTasks.Candidates(task, task.Version), null);
        return mayLook
            ? Results.Ok(signers.Select(SignerView.Of).ToList())
            : TaskActionServices.NotCandidate(task, user.Id);
    }

    private static async Task<IResult> AddSignersAsync(long taskId, SignersRequest? request, [AsParameters] TaskActionServices services, CancellationToken cancellationToken)
    {
        if (request?.Users is not { Count: > 0 } users)
        {
            return Problems.Of(StatusCodes.Status400BadRequest, "request.users-missing", "请指定加签人员（users）。");
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

        foreach (var id in users)
        {
            if (!services.People.Directory.TryGet(id, out var signer) || id == user.Id)
            {
                return Problems.Of(StatusCodes.Status422UnprocessableEntity, "task.target-invalid", $"加签人员 {id} 不存在或就是本人。");
            }

            if (signer.Department is null || signer.Roles.All(r => r == Roles.Applicant))
            {
                return Problems.Of(StatusCodes.Status422UnprocessableEntity, "task.target-not-staff", $"{signer.Name}（{signer.Id}）不是工作人员，不能加签。");
            }
        }

        var outcome = await services.Operations.AddSignersAsync(taskId, user.Id, users, request.Comment, request.ExpectedVersion, cancellationToken).ConfigureAwait(false);
        return await services.AnswerAsync(outcome, taskId, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IResult> RemoveSignerAsync(long taskId, string userId, [AsParameters] TaskActionServices services, CancellationToken cancellationToken)
    {
        var outcome = await services.Operations.RemoveSignerAsync(taskId, services.User.Id, userId, cancellationToken).ConfigureAwait(false);
        return await services.AnswerAsync(outcome, taskId, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IResult> SignAsync(long taskId, SignRequest? request, [AsParameters] TaskActionServices services, CancellationToken cancellationToken)
    {
        if (request?.Agreed is not { } agreed)
        {
            return Problems.Of(StatusCodes.Status400BadRequest, "request.agreed-missing", "请选择签署意见：同意（agreed: true）或不同意（agreed: false）。");
        }

        if (!agreed && string.IsNullOrWhiteSpace(request.Comment))
        {
            return Problems.Of(StatusCodes.Status400BadRequest, "request.comment-missing", "不同意时须填写理由（comment）。");
        }

        var outcome = await services.Operations.SignAsync(taskId, services.User.Id, agreed, request.Comment, cancellationToken).ConfigureAwait(false);
        return await services.AnswerAsync(outcome, taskId, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IResult> SendBackTargetsAsync(long taskId, [AsParameters] TaskActionServices services, WorkflowRuntime runtime, CancellationToken cancellationToken)
    {
        var (task, problem) = await services.OpenTaskAsync(taskId, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        if (!MayAct(services.User, task!))
        {
            return TaskActionServices.NotCandidate(task!, services.User.Id);
        }

        var targets = await runtime.SendBackTargetsAsync(taskId, cancellationToken).ConfigureAwait(false);
        return Results.Ok(targets.Select(SendBackTargetView.Of).ToList());
    }

    private static async Task<IResult> SendBackAsync(long taskId, SendBackRequest? request, [AsParameters] TaskActionServices services, WorkflowRuntime runtime, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request?.Target))
        {
            return Problems.Of(StatusCodes.Status400BadRequest, "request.target-missing", "请选择退回到的环节（target），可选环节见 send-back-targets。");
        }

        if (string.IsNullOrWhiteSpace(request.Comment))
        {
            return Problems.Of(StatusCodes.Status400BadRequest, "request.comment-missing", "退回须说明理由（comment），理由将告知原办理人。");
        }

        var (task, problem) = await services.OpenTaskAsync(taskId, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        if (!MayAct(services.User, task!))
        {
            return TaskActionServices.NotCandidate(task!, services.User.Id);
        }

        var outcome = await runtime.SendBackAsync(taskId, request.Target, services.User.Id, request.Comment, request.ExpectedVersion, cancellationToken).ConfigureAwait(false);
        return await AnswerMovedAsync(outcome, task!, services, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IResult> WithdrawAsync(long taskId, TaskActionRequest? request, [AsParameters] TaskActionServices services, WorkflowRuntime runtime, CancellationToken cancellationToken)
    {
        var outcome = await runtime.WithdrawAsync(taskId, services.User.Id, request?.Comment, cancellationToken).ConfigureAwait(false);
        if (!outcome.Succeeded)
        {
            return await services.AnswerAsync(outcome, taskId, cancellationToken).ConfigureAwait(false);
        }

        await using var context = services.Contexts();
        var done = await context.Tasks.AsNoTracking().SingleAsync(t => t.Id == taskId, cancellationToken).ConfigureAwait(false);
        return await AnswerMovedAsync(outcome, done, services, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>After a move: the instance's open tasks now (the reopened step among them).</summary>
    private static async Task<IResult> AnswerMovedAsync(RuntimeOutcome outcome, TaskRecord moved, TaskActionServices services, CancellationToken cancellationToken)
    {
        if (!outcome.Succeeded)
        {
            return await services.AnswerAsync(outcome, moved.Id, cancellationToken).ConfigureAwait(false);
        }

        await using var context = services.Contexts();
        var open = await context.Tasks.AsNoTracking().Where(t => t.InstanceId == moved.InstanceId && t.Status == WorkStatus.Open)
            .OrderBy(t => t.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var now = services.Clock.GetCurrentInstant();
        return Results.Ok(new { openTasks = open.Select(t => TaskView.Of(t, now)).ToList() });
    }

    /// <summary>Whoever may act on the task now: its assignee, or a candidate while it waits in a queue.</summary>
    private static bool MayAct(CurrentUser user, TaskRecord task) =>
        task.Assignee == user.Id || (task.Owner is null && CaseDesk.MayComplete(user.ToPerson(), CaseTasks.Of(task, task.Version), null));

    private static Task<IResult> SuspendAsync(long taskId, TaskActionRequest? request, [AsParameters] TaskActionServices services, InstanceSuspension suspension, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request?.Comment))
        {
            return Task.FromResult(Problems.Of(StatusCodes.Status400BadRequest, "request.comment-missing", "挂起须说明理由（comment），理由将记入办件日志并告知办理人。"));
        }

        return OverseeAsync(taskId, services, (instanceId, actor) => suspension.SuspendAsync(instanceId, actor, request.Comment, cancellationToken), cancellationToken);
    }

    private static Task<IResult> ResumeAsync(long taskId, TaskActionRequest? request, [AsParameters] TaskActionServices services, InstanceSuspension suspension, CancellationToken cancellationToken) =>
        OverseeAsync(taskId, services, (instanceId, actor) => suspension.ResumeAsync(instanceId, actor, request?.Comment, cancellationToken), cancellationToken);

    /// <summary>Suspend and resume: an administrator, or a supervisor over the task's department, acting on the task's whole case.</summary>
    private static async Task<IResult> OverseeAsync(long taskId, TaskActionServices services, Func<string, string, Task<RuntimeOutcome>> act, CancellationToken cancellationToken)
    {
        var (task, problem) = await services.OpenTaskAsync(taskId, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var user = services.User;
        if (!services.Supervises(task!))
        {
            return Problems.Of(StatusCodes.Status403Forbidden, "task.not-allowed", $"只有管理员或负责监督{task!.Department ?? "该"}部门的督办人员可以挂起或恢复此办件。");
        }

        var outcome = await act(CaseTasks.RootCase(task!.InstanceId), user.Id).ConfigureAwait(false);
        return await services.AnswerAsync(outcome, taskId, cancellationToken).ConfigureAwait(false);
    }
}
