using GovWorkflow.Activities.Cases;
using GovWorkflow.Activities.Desk;
using GovWorkflow.Runtime.Inbox;
using GovWorkflow.Runtime.Persistence;
using GovWorkflow.Server.Auth;
using Microsoft.EntityFrameworkCore;

namespace GovWorkflow.Server.Tasks;

/// <summary>The open tasks a user may complete now: the inbox queries (by user and roles, by department) narrowed by the desk's rule.</summary>
/// <remarks>The inbox and the event stream both ask this, so what a user is shown and what they are told of agree.</remarks>
internal static class MyTasks
{
    /// <summary>Up to <paramref name="limit"/> tasks of each inbox query that <see cref="CaseDesk.MayComplete"/> lets the user act on, in no order.</summary>
    public static async Task<List<TaskRecord>> ForAsync(RuntimeDbContext context, CaseServices services, CurrentUser user, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(user);
        var ids = await InboxQueries.ForUser(context, user.Id, user.Roles).Select(t => t.Id).Take(limit).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (user.Department is { } department)
        {
            ids.AddRange(await InboxQueries.ForDepartment(context, department).Select(t => t.Id).Take(limit).ToListAsync(cancellationToken).ConfigureAwait(false));
        }

        var distinct = ids.Distinct().ToList();
        var rows = await context.Tasks.AsNoTracking().Include(t => t.Candidates).Where(t => distinct.Contains(t.Id)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var person = user.ToPerson();
        var mine = new List<TaskRecord>();
        foreach (var row in rows)
        {
            // An applicant's tasks are only those of their own case; the desk checks against the case file.
            var file = user.HasRole(Roles.Applicant) ? await services.Store.FindCaseAsync(CaseTasks.RootCase(row.InstanceId), cancellationToken).ConfigureAwait(false) : null;
            if (CaseDesk.MayComplete(person, CaseTasks.Of(row, row.Version), file))
            {
                mine.Add(row);
            }
        }

        return mine;
    }
}
