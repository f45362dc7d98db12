namespace GovWorkflow.Benchmarks.Runtime;

/// <summary>One generated task row with its candidates; instants as Unix ticks, as stored.</summary>
internal sealed record InboxSeedRow(
    long Id,
    string InstanceId,
    long BookmarkKey,
    string NodeId,
    string Name,
    string? Assignee,
    string Department,
    int Status,
    long CreatedAt,
    long? BlueAt,
    long? YellowAt,
    long? DueAt,
    long? ClosedAt,
    string? ClosedBy,
    IReadOnlyList<(int Kind, string Value)> Candidates);
