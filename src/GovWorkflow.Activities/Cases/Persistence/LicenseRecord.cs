namespace GovWorkflow.Activities.Cases.Persistence;

/// <summary>An electronic licence row of the licence registry.</summary>
public sealed class LicenseRecord
{
    /// <summary>证照编号.</summary>
    public required string Number { get; set; }

    /// <summary>Licence type.</summary>
    public required string Type { get; set; }

    /// <summary>Name.</summary>
    public required string Name { get; set; }

    /// <summary>Holder's number.</summary>
    public required string HolderId { get; set; }

    /// <summary>Holder's name.</summary>
    public required string HolderName { get; set; }

    /// <summary>Issuing department.</summary>
    public required string Issuer { get; set; }

    /// <summary>Day of issue, <c>yyyy-MM-dd</c>.</summary>
    public required string IssuedOn { get; set; }

    /// <summary>Last valid day, <c>yyyy-MM-dd</c>, or null.</summary>
    public string? ValidUntil { get; set; }

    /// <summary><see cref="Domain.Licensing.LicenseStatus"/> as an integer.</summary>
    public int Status { get; set; }

    /// <summary>Item codes, comma-separated.</summary>
    public required string Items { get; set; }

    /// <summary>The issuing case, or null.</summary>
    public string? CaseId { get; set; }
}
