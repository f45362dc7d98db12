namespace GovWorkflow.Engine.Execution;

/// <summary>A service task's activity or a called process ended in a BPMN error; boundary events or event subprocesses may catch it.</summary>
/// <param name="BookmarkKey">The bookmark of the service task or call activity.</param>
/// <param name="ErrorCode">The error code, matched against error events.</param>
/// <param name="Message">What went wrong, for the incident when nothing catches it.</param>
public sealed record ThrowError(long BookmarkKey, string ErrorCode, string? Message = null) : Stimulus;
