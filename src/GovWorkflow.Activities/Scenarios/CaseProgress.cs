using GovWorkflow.Engine.Execution;

namespace GovWorkflow.Activities.Scenarios;

/// <summary>Where the workflow of a case stands.</summary>
/// <param name="Status">Running, completed, terminated, failed or cancelled.</param>
/// <param name="Waiting">The nodes it waits at.</param>
/// <param name="Escalations">Warnings raised so far (escalations such as <c>YELLOW-WARNING</c>).</param>
public sealed record CaseProgress(InstanceStatus Status, IReadOnlyList<string> Waiting, int Escalations);
