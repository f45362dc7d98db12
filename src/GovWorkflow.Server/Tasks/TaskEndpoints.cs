using GovWorkflow.Activities.Cases;
using GovWorkflow.Activities.Desk;
using GovWorkflow.Runtime.Persistence;
using GovWorkflow.Server.Auth;
using GovWorkflow.Server.Cases;
using GovWorkflow.Server.Hosting;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Results = Microsoft.AspNetCore.Http.Results;

namespace GovWorkflow.Server.Tasks;

/// <summary>Tasks: my inbox, the department queue, completing a task with a decision, and the other actions (<see cref="TaskActionEndpoints"/>).</summary>
public static class TaskEndpoints
{
    /// <summary>The most tasks one inbox page shows.</summary>
    public const int PageSize = 100;

    /// <summary>Maps the endpoints under <c>/api/tasks</c>.</summary>
    public static void MapTasks(this IEndpointRouteBuilder app)
    {
        var tasks = app.MapGroup("/api/tasks").WithTags("待办");
        tasks.MapGet("/", InboxAsync).RequireAuthorization(Policies.SignedIn).WithSummary("我的待办（本人、本岗位与本部门可办的任务，临近期限者在前）");
        tasks.MapGet("/department", DepartmentTasks.ListAsync).RequireAuthorization(Policies.Approver).WithSummary("本部门待办（分页，可按认领状态、节点、是否超期筛选，临近期限者在前）");
        tasks.MapPost("/{taskId:long}/complete", CompleteAsync).RequireAuthorization(Policies.SignedIn).WithSummary("办理任务（提交办理结论与任务版本）");
        tasks.MapTaskActions();
        tasks.MapTaskFlow();
    }

    private static async Task<IResult> InboxAsync(Func<RuntimeDbContext> contexts, CaseServices services, IClock clock, HttpContext http, CancellationToken cancellationToken)
    {
        var user = CurrentUser.From(http.User);
        await using var context = contexts();
        var mine = await MyTasks.ForAsync(context, services, user, PageSize * 2, cancellationToken).ConfigureAwait(false);
        var now = clock.GetCurrentInstant();
        var page = mine.OrderBy(t => t.DueAt is null).ThenBy(t => t.DueAt).ThenBy(t => t.Id).Take(PageSize).ToList();
        var suspended = await SuspendedInstances.AmongAsync(context, page, cancellationToken).ConfigureAwait(false);
        return Results.Ok(page.Select(t => TaskView.Of(t, now, suspended.Contains(t.InstanceId))).ToList());
    }

    private static async Task<IResult> CompleteAsync(long taskId, CompleteRequest request, Func<RuntimeDbContext> contexts, CaseDesk desk, HttpContext http, CancellationToken cancellationToken)
    {
        if (request?.Decision is null)
        {
            return Problems.Of(StatusCodes.Status400BadRequest, "request.decision-missing", "请提交办理结论（decision）与任务版本（expectedVersion）。");
        }

        TaskRecord? task;
        await using (var context = contexts())
        {
            task = await context.Tasks.AsNoTracking().Include(t => t.Candidates).SingleOrDefaultAsync(t => t.Id == taskId, cancellationToken).ConfigureAwait(false);
        }

        if (task is null)
        {
            return Problems.Of(StatusCodes.Status404NotFound, "task.not-found", $"任务 {taskId} 不存在。");
        }

        if (task.Status != WorkStatus.Open)
        {
            return Problems.Of(StatusCodes.Status409Conflict, "runtime.task-closed", $"任务“{task.Name ?? task.NodeId}”已办结，不能再办理。");
        }

        if (task.Owner is not null)
        {
            return Problems.Of(StatusCodes.Status409Conflict, "task.delegated", $"任务“{task.Name ?? task.NodeId}”委派中：须由受托人交回后由 {task.Owner} 办理。");
        }

        var user = CurrentUser.From(http.User);
        var done = await desk.CompleteAsync(CaseTasks.Of(task, request.ExpectedVersion), JsonValues.ToFeel(request.Decision), user.Id, cancellationToken).ConfigureAwait(false);
        if (!done.Succeeded)
        {
            return Problems.From(done.Error!);
        }

        var caseId = CaseTasks.RootCase(task.InstanceId);
        await desk.Workflow.RunJobsAsync(caseId, cancellationToken).ConfigureAwait(false);
        var open = await desk.Workflow.OpenTasksAsync(caseId, cancellationToken).ConfigureAwait(false);
        return Results.Ok(new TaskCompleted(caseId, [.. open.Select(OpenTaskView.Of)]));
    }
}
