using GovWorkflow.Runtime.Persistence;

namespace GovWorkflow.Runtime.Instances;

/// <summary>What completing a task needs of its row: where it waits, whether it is open, the version to claim it at, and whether it has candidate rows to drop.</summary>
internal sealed record TaskRow(long Id, string InstanceId, long BookmarkKey, string NodeId, string? Name, WorkStatus Status, string? ClosedBy, long Version, bool HasCandidates);
