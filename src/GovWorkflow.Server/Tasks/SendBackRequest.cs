namespace GovWorkflow.Server.Tasks;

/// <summary>退回: where to, and why.</summary>
/// <param name="Target">The node id of a step listed by <c>GET /api/tasks/{taskId}/send-back-targets</c>.</param>
/// <param name="Comment">Why; required, told to the person who gets the step back.</param>
/// <param name="ExpectedVersion">The task version the caller saw, or null.</param>
public sealed record SendBackRequest(string? Target, string? Comment, long? ExpectedVersion);
