namespace GovWorkflow.Server.Tasks;

/// <summary>抄送: whom to copy a task to.</summary>
/// <param name="Users">User ids; at least one, each a known user.</param>
/// <param name="Comment">A note for them, or null.</param>
public sealed record CopyRequest(IReadOnlyList<string>? Users, string? Comment);
