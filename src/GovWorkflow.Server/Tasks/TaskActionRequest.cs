namespace GovWorkflow.Server.Tasks;

/// <summary>The body of claim, unclaim, transfer, delegate, resolve and urge; every field optional where the action needs none.</summary>
/// <param name="To">Transfer and delegate: the user id who takes the task over (a candidate of the task, in its department).</param>
/// <param name="Comment">Why, for the audit log and the person told.</param>
/// <param name="ExpectedVersion">The task version the person saw; a newer one means somebody else acted first (409 <c>runtime.conflict</c>).</param>
public sealed record TaskActionRequest(string? To, string? Comment, long? ExpectedVersion);
