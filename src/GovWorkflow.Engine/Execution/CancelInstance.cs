namespace GovWorkflow.Engine.Execution;

/// <summary>Ends a running instance at once (a withdrawn or revoked case): every wait is cancelled.</summary>
/// <param name="Reason">Why, for the audit log.</param>
public sealed record CancelInstance(string Reason) : Stimulus;
