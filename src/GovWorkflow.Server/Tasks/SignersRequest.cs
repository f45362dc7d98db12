namespace GovWorkflow.Server.Tasks;

/// <summary>加签: whose signature the task waits for.</summary>
/// <param name="Users">User ids; at least one, each a known member of staff other than the caller.</param>
/// <param name="Comment">What they are asked to look at, or null.</param>
/// <param name="ExpectedVersion">The task version the caller saw, or null.</param>
public sealed record SignersRequest(IReadOnlyList<string>? Users, string? Comment, long? ExpectedVersion);
