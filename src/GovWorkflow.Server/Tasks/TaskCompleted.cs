using GovWorkflow.Server.Cases;

namespace GovWorkflow.Server.Tasks;

/// <summary>The answer to completing a task.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="OpenTasks">The case's open tasks once the activities that followed ran.</param>
public sealed record TaskCompleted(string CaseId, IReadOnlyList<OpenTaskView> OpenTasks);
