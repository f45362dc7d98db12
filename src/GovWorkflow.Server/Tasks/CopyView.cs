namespace GovWorkflow.Server.Tasks;

/// <summary>A task copied to me (抄送我的).</summary>
/// <param name="Task">The task as it is now.</param>
/// <param name="Status">open, done or cancelled.</param>
/// <param name="CopiedBy">Who copied it.</param>
/// <param name="CopiedAt">When (ISO 8601, UTC).</param>
/// <param name="Comment">Their note, or null.</param>
public sealed record CopyView(TaskView Task, string Status, string CopiedBy, string CopiedAt, string? Comment);
