using GovWorkflow.Domain.Cases;
using GovWorkflow.Domain.Licensing;

namespace GovWorkflow.Activities.Cases;

/// <summary>What one activity or one person's action changes, saved in one transaction.</summary>
/// <param name="File">The new case file; its <see cref="CaseFile.Version"/> is the version it was read at (0: a new case).</param>
/// <param name="Entry">The timeline line.</param>
/// <param name="JobId">The activity job, or null for a person's action.</param>
/// <param name="Outputs">The job's outputs as FEEL JSON, replayed if the job runs again.</param>
public sealed record CaseChange(CaseFile File, TimelineEntry Entry, long? JobId = null, string? Outputs = null)
{
    /// <summary>Licences issued.</summary>
    public IReadOnlyList<ElectronicLicense> Issued { get; init; } = [];

    /// <summary>Numbers of licences revoked.</summary>
    public IReadOnlyList<string> Revoked { get; init; } = [];

    /// <summary>A bad-credit record to add.</summary>
    public CreditRecord? Credit { get; init; }
}
