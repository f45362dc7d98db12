namespace GovWorkflow.Activities.Cases.Persistence;

/// <summary>A bad-credit record row.</summary>
public sealed class CreditRow
{
    /// <summary>Increasing id.</summary>
    public long Id { get; set; }

    /// <summary>Who.</summary>
    public required string HolderId { get; set; }

    /// <summary>The case.</summary>
    public required string CaseId { get; set; }

    /// <summary>Why.</summary>
    public required string Reason { get; set; }

    /// <summary>Day recorded, <c>yyyy-MM-dd</c>.</summary>
    public required string RecordedOn { get; set; }
}
