using System.Diagnostics.CodeAnalysis;
using GovWorkflow.Activities.Desk;
using GovWorkflow.Domain.Catalog;
using GovWorkflow.Runtime.Instances;
using GovWorkflow.Runtime.Persistence;
using GovWorkflow.Runtime.Tasks;
using GovWorkflow.Server.Auth;
using GovWorkflow.Server.Hosting;
using GovWorkflow.Server.Supervision;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Results = Microsoft.AspNetCore.Http.Results;

namespace GovWorkflow.Server.Tasks;

/// <summary>What the task action endpoints share: the databases, the operations, the people and the caller.</summary>
/// <param name="Contexts">Runtime database contexts.</param>
/// <param name="Operations">The runtime's task operations.</param>
/// <param name="People">The people the desk knows.</param>
/// <param name="Clock">The clock.</param>
/// <param name="Catalog">The item catalog (departments).</param>
/// <param name="Http">The request.</param>
public sealed record TaskActionServices(Func<RuntimeDbContext> Contexts, TaskOperations Operations, ServerPeople People, IClock Clock, ItemCatalog Catalog, HttpContext Http)
{
    /// <summary>The caller.</summary>
    public CurrentUser User => CurrentUser.From(Http.User);

    /// <summary>The open task with its candidates, or the problem to answer (404, 409 closed).</summary>
    public async Task<(TaskRecord? Task, IResult? Problem)> OpenTaskAsync(long taskId, CancellationToken cancellationToken)
    {
        await using var context = Contexts();
        var task = await context.Tasks.AsNoTracking().Include(t => t.Candidates).SingleOrDefaultAsync(t => t.Id == taskId, cancellationToken).ConfigureAwait(false);
        return task is null ? (null, Problems.Of(StatusCodes.Status404NotFound, "task.not-found", $"任务 {taskId} 不存在。"))
            : task.Status != WorkStatus.Open ? (null, Problems.Of(StatusCodes.Status409Conflict, "runtime.task-closed", $"任务“{task.Name ?? task.NodeId}”已办结或撤销。"))
            : (task, null);
    }

    /// <summary>The task as it is after the operation, or the operation's refusal.</summary>
    public async Task<IResult> AnswerAsync(RuntimeOutcome outcome, long taskId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (!outcome.Succeeded)
        {
            var code = outcome.Code ?? "runtime.refused";
            return Problems.Of(Problems.StatusOf(code), code, outcome.Message ?? "操作未生效。");
        }

        await using var context = Contexts();
        var task = await context.Tasks.AsNoTracking().SingleAsync(t => t.Id == taskId, cancellationToken).ConfigureAwait(false);
        var suspended = await SuspendedInstances.AmongAsync(context, [task], cancellationToken).ConfigureAwait(false);
        return Results.Ok(TaskView.Of(task, Clock.GetCurrentInstant(), suspended.Count > 0));
    }

    /// <summary>
    /// Whether the caller supervises the task: an administrator any task, a supervisor the tasks of the departments
    /// their department oversees (<see cref="SupervisedDepartments"/>, the task's department or a candidate department).
    /// </summary>
    public bool Supervises(TaskRecord task)
    {
        ArgumentNullException.ThrowIfNull(task);
        var user = User;
        return user.HasRole(Roles.Admin)
            || (user.HasRole(Roles.Supervisor) && user.Department is { } department && WarningGroups.InScope(task, SupervisedDepartments.Of(Catalog, department)));
    }

    /// <summary>
    /// Whether the caller may hand the task on (transfer, delegate, ask signers): a candidate or the assignee. A delegated
    /// task passes here: <see cref="TaskOperations"/> refuses it to anyone, the delegate included, until it is resolved.
    /// </summary>
    public bool MayHandOver([NotNullWhen(true)] TaskRecord? task) =>
        task is not null && (task.Owner is not null || CaseDesk.MayComplete(User.ToPerson(), CaseTasks.Of(task, task.Version), null));

    /// <summary>The 403 for a caller who is neither the task's assignee nor one of its candidates.</summary>
    public static IResult NotCandidate(TaskRecord task, string userId)
    {
        ArgumentNullException.ThrowIfNull(task);
        return Problems.Of(StatusCodes.Status403Forbidden, "desk.not-candidate", $"{userId} 不是任务“{task.Name ?? task.NodeId}”的办理人或候选人。");
    }

    /// <summary>The clerk who received the task's case (the actor who started its root instance), or null.</summary>
    public async Task<string?> ReceivingClerkAsync(TaskRecord task, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(task);
        var root = CaseTasks.RootCase(task.InstanceId);
        await using var context = Contexts();
        return await context.Audit.AsNoTracking().Where(a => a.InstanceId == root && a.Action == "instance.start")
            .OrderBy(a => a.Id).Select(a => a.Actor).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }
}
