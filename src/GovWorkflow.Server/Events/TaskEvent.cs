using GovWorkflow.Server.Tasks;

namespace GovWorkflow.Server.Events;

/// <summary>One event of the stream.</summary>
/// <param name="Kind"><c>task</c>: a new task the user may complete; <c>warning</c>: a task in the user's scope turned yellow or red (overdue).</param>
/// <param name="Task">The task, with its level now.</param>
public sealed record TaskEvent(string Kind, TaskView Task)
{
    /// <summary>The kind of a new task.</summary>
    public const string NewTask = "task";

    /// <summary>The kind of a warning.</summary>
    public const string Warning = "warning";
}
