using GovWorkflow.Activities.Scenarios;
using GovWorkflow.Runtime.Persistence;

namespace GovWorkflow.Server.Tasks;

/// <summary>Task rows as the desk sees tasks.</summary>
public static class CaseTasks
{
    /// <summary>The desk's view of a task row (candidates and assignee included) at <paramref name="version"/>.</summary>
    public static CaseTask Of(TaskRecord task, long version) => Candidates(task, version) with { Assignee = task.Assignee };

    /// <summary>The task as its candidates see it, whoever it is assigned to: who may claim it or take it over.</summary>
    public static CaseTask Candidates(TaskRecord task, long version)
    {
        ArgumentNullException.ThrowIfNull(task);
        return new CaseTask(
            task.Id,
            task.InstanceId,
            task.NodeId,
            task.Name,
            [.. task.Candidates.Where(c => c.Kind == CandidateKind.User).Select(c => c.Value)],
            [.. task.Candidates.Where(c => c.Kind == CandidateKind.Group).Select(c => c.Value)],
            [.. task.Candidates.Where(c => c.Kind == CandidateKind.Department).Select(c => c.Value)],
            version,
            task.FormKey);
    }

    /// <summary>The root case of an instance id (<c>case/child</c> → <c>case</c>).</summary>
    public static string RootCase(string instanceId)
    {
        ArgumentNullException.ThrowIfNull(instanceId);
        var slash = instanceId.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? instanceId : instanceId[..slash];
    }
}
