namespace GovWorkflow.Server.Cases;

/// <summary>The answer to 收件.</summary>
/// <param name="CaseId">The case number.</param>
/// <param name="OpenTasks">The case's open tasks once its first activities ran.</param>
public sealed record CaseReceived(string CaseId, IReadOnlyList<OpenTaskView> OpenTasks);
