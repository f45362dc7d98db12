namespace GovWorkflow.Activities.Cases.Persistence;

/// <summary>A case row: the columns queries filter on, and the rest of the case file as JSON.</summary>
public sealed class CaseRecord
{
    /// <summary>办件编号.</summary>
    public required string Id { get; set; }

    /// <summary>The bundle's code.</summary>
    public required string BundleCode { get; set; }

    /// <summary>The applicant's number (for the applicant's status query).</summary>
    public required string ApplicantId { get; set; }

    /// <summary>The applicant's name.</summary>
    public required string ApplicantName { get; set; }

    /// <summary><see cref="Domain.Cases.CaseStatus"/> as an integer.</summary>
    public int Status { get; set; }

    /// <summary>When received, Unix ticks.</summary>
    public long ReceivedAt { get; set; }

    /// <summary>The case file (<see cref="CaseJson"/>).</summary>
    public required string Data { get; set; }

    /// <summary>Optimistic concurrency: bumped on every save.</summary>
    public long Version { get; set; }
}
