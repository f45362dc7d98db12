using NodaTime;

namespace GovWorkflow.Runtime.Instances;

/// <summary>A step a task may be sent back to (退回): a user task upstream of it that already ran in the instance.</summary>
/// <param name="NodeId">The user task's BPMN id.</param>
/// <param name="Name">Its name.</param>
/// <param name="HandledBy">Who completed it last; the task sent back goes to them.</param>
/// <param name="HandledAt">When.</param>
public sealed record MoveTarget(string NodeId, string? Name, string HandledBy, Instant HandledAt);
