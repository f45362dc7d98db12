namespace GovWorkflow.Domain.Cases;

/// <summary>Whether the applicant is a natural person or an organisation.</summary>
public enum ApplicantKind
{
    /// <summary>自然人: identified by the resident identity number (GB 11643).</summary>
    Person,

    /// <summary>法人或其他组织: identified by the unified social credit code (GB 32100).</summary>
    Organisation,
}
