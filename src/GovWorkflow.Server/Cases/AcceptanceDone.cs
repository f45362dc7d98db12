namespace GovWorkflow.Server.Cases;

/// <summary>The answer to the window's decision.</summary>
/// <param name="CaseId">The case number.</param>
/// <param name="Status">The case status afterwards (Accepted, AwaitingCorrection, Refused …).</param>
/// <param name="Acceptance">How it was accepted (Regular, Deemed, Tolerant), or null.</param>
/// <param name="OpenTasks">The case's open tasks afterwards.</param>
public sealed record AcceptanceDone(string CaseId, string Status, string? Acceptance, IReadOnlyList<OpenTaskView> OpenTasks);
