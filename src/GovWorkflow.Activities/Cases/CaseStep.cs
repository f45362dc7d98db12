using GovWorkflow.Domain.Cases;
using GovWorkflow.Domain.Licensing;
using GovWorkflow.Engine.Activities;

namespace GovWorkflow.Activities.Cases;

/// <summary>What a case activity did: the new case file, the timeline text and the result for the workflow.</summary>
/// <param name="File">The case file after the activity.</param>
/// <param name="Text">What happened, in Chinese.</param>
/// <param name="Result">Variables and timer moves for the workflow.</param>
public sealed record CaseStep(CaseFile File, string Text, ActivityResult Result)
{
    /// <summary>Licences issued.</summary>
    public IReadOnlyList<ElectronicLicense> Issued { get; init; } = [];

    /// <summary>Licences revoked.</summary>
    public IReadOnlyList<string> Revoked { get; init; } = [];

    /// <summary>A bad-credit record.</summary>
    public CreditRecord? Credit { get; init; }
}
