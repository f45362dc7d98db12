using GovWorkflow.Runtime.Persistence;

namespace GovWorkflow.Runtime.Instances;

/// <summary>
/// What completing a task needs of its row: where it waits, whether it is open, the version to claim it at, whether it
/// has candidate rows to drop, and whether an added signer (加签) has yet to sign.
/// </summary>
internal sealed record TaskRow(long Id, string InstanceId, long BookmarkKey, string NodeId, string? Name, WorkStatus Status, string? ClosedBy, long Version, bool HasCandidates, bool HasOpenSigners);
