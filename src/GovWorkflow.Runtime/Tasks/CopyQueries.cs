using GovWorkflow.Runtime.Persistence;

namespace GovWorkflow.Runtime.Tasks;

/// <summary>抄送我的: the copies of tasks sent to a person, served by the (user, id) index.</summary>
public static class CopyQueries
{
    /// <summary>Copies to <paramref name="user"/>, newest first.</summary>
    public static IQueryable<TaskCopyRecord> ForUser(RuntimeDbContext context, string user)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(user);
        return context.TaskCopies.Where(c => c.User == user).OrderByDescending(c => c.Id);
    }
}
