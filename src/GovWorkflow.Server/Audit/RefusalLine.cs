namespace GovWorkflow.Server.Audit;

/// <summary>What a <c>request.refused</c> audit line records, as JSON in its detail.</summary>
/// <param name="Route">Method and route pattern, e.g. <c>POST /api/tasks/{taskId:long}/claim</c>.</param>
/// <param name="Status">The HTTP status answered.</param>
/// <param name="Code">The problem's stable code, or null when the answer had none.</param>
/// <param name="CaseId">The case number of the route, or of the task's case.</param>
/// <param name="TaskId">The task id of the route.</param>
public sealed record RefusalLine(string Route, int Status, string? Code, string? CaseId, long? TaskId);
