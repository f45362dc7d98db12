using GovWorkflow.Activities.Scenarios;

namespace GovWorkflow.Server.Cases;

/// <summary>An open task of a case.</summary>
/// <param name="Id">Task id.</param>
/// <param name="NodeId">The user task's id in the workflow.</param>
/// <param name="Name">Its name.</param>
/// <param name="FormKey">The decision form.</param>
/// <param name="Version">The version to send back when completing it.</param>
public sealed record OpenTaskView(long Id, string NodeId, string? Name, string? FormKey, long Version)
{
    /// <summary>The view of a case task.</summary>
    public static OpenTaskView Of(CaseTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return new OpenTaskView(task.Id, task.NodeId, task.Name, task.FormKey, task.Version);
    }
}
