namespace GovWorkflow.Server.Cases;

/// <summary>办件进度 for applicants: where the case is and how its clock stands.</summary>
/// <param name="CaseId">The case number.</param>
/// <param name="Bundle">The bundle's name.</param>
/// <param name="Status">The case status (received, accepted, decided …).</param>
/// <param name="ReceivedAt">When it was received (ISO 8601, UTC).</param>
/// <param name="Clock">The statutory clock, in Chinese.</param>
/// <param name="OpenTasks">The names of the steps under way.</param>
/// <param name="SuspendedAt">While a supervisor has suspended (挂起) the case: since when (ISO 8601, UTC); otherwise null.</param>
public sealed record CaseStatusView(string CaseId, string Bundle, string Status, string ReceivedAt, string Clock, IReadOnlyList<string> OpenTasks, string? SuspendedAt);
