using NodaTime;

namespace GovWorkflow.Domain.Licensing;

/// <summary>电子证照: a licence government already holds for someone; a material it covers is not handed in again (免提交).</summary>
/// <param name="Number">证照编号, unique.</param>
/// <param name="Type">The licence type the catalog's materials name, e.g. <c>business-licence</c>.</param>
/// <param name="Name">证照名称.</param>
/// <param name="HolderId">The holder's resident ID or unified social credit code.</param>
/// <param name="HolderName">The holder's name.</param>
/// <param name="Issuer">The issuing department's code.</param>
/// <param name="IssuedOn">The day of issue.</param>
/// <param name="ValidUntil">The last valid day, or null when it does not expire.</param>
/// <param name="Status">Valid or revoked.</param>
/// <param name="Items">For a combined industry licence (一业一证), the items whose permits it carries; else the one item, or empty for outside licences.</param>
/// <param name="CaseId">The case that issued it, or null for licences from elsewhere.</param>
public sealed record ElectronicLicense(
    string Number,
    string Type,
    string Name,
    string HolderId,
    string HolderName,
    string Issuer,
    LocalDate IssuedOn,
    LocalDate? ValidUntil,
    LicenseStatus Status,
    IReadOnlyList<string> Items,
    string? CaseId = null)
{
    /// <summary>The licence type of a combined industry licence (行业综合许可证).</summary>
    public const string CombinedType = "combined-industry-licence";

    /// <summary>Whether it is in force on <paramref name="date"/>.</summary>
    public bool IsValidOn(LocalDate date) => Status == LicenseStatus.Valid && IssuedOn <= date && (ValidUntil is not { } until || date <= until);
}
