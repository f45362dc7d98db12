namespace GovWorkflow.Domain.Licensing;

/// <summary>Whether an electronic licence is in force.</summary>
public enum LicenseStatus
{
    /// <summary>有效.</summary>
    Valid,

    /// <summary>已撤销.</summary>
    Revoked,
}
