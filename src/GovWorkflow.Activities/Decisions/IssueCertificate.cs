using System.Globalization;
using GovWorkflow.Activities.Cases;
using GovWorkflow.Domain.Licensing;
using GovWorkflow.Engine.Expressions;

namespace GovWorkflow.Activities.Decisions;

/// <summary>
/// 制证: issues the certificates as electronic licences in the registry, so a later application finds them (免提交):
/// one per item, or one combined industry licence (一业一证, 行业综合许可证) that carries every item's permit.
/// </summary>
/// <remarks>Outputs <c>certificates</c> (numbers). Numbers are the case number and a sequence, so a rerun cannot issue twice.</remarks>
public sealed class IssueCertificate(CaseServices services) : CaseActivity(services)
{
    /// <inheritdoc />
    public override string ActivityType => "IssueCertificate";

    /// <inheritdoc />
    protected override Task<CaseStep> ExecuteAsync(CaseActivityContext context, CancellationToken cancellationToken)
    {
        var file = context.File;
        var bundle = context.Bundle;
        var holder = file.Applicant;
        var combined = bundle.Settings.CombinedLicence ? bundle.Items.Where(i => i.InCombinedLicense).ToList() : [];
        var separate = bundle.Items.Where(i => !combined.Contains(i)).ToList();
        var issued = separate.Select((entry, index) => new ElectronicLicense(
            string.Create(CultureInfo.InvariantCulture, $"{file.Id}-{index + 1:D2}"), entry.LicenseType, entry.Item.Name,
            holder.IdNumber, holder.Name, entry.Item.DepartmentCode, context.Today, null, LicenseStatus.Valid, [entry.Item.Code], file.Id)).ToList();
        var parts = issued.Select(l => $"{l.Name} {l.Number}").ToList();
        if (combined.Count > 0)
        {
            var licence = new ElectronicLicense(
                $"{file.Id}-ZH", ElectronicLicense.CombinedType, $"行业综合许可证（{bundle.Name.Replace("一件事", string.Empty, StringComparison.Ordinal)}）",
                holder.IdNumber, holder.Name, combined[0].Item.DepartmentCode, context.Today, null, LicenseStatus.Valid, [.. combined.Select(i => i.Item.Code)], file.Id);
            issued.Add(licence);
            parts.Add($"行业综合许可证 {licence.Number}（一业一证，载明{string.Join("、", combined.Select(i => i.Item.Name))}）");
        }

        var text = $"制证：核发{string.Join("；", parts)}，已归集电子证照库。";
        return Task.FromResult(new CaseStep(
            file with { Certificates = [.. issued.Select(l => l.Number)] },
            text,
            Results.Of(("certificates", FeelValue.List(issued.Select(l => FeelValue.String(l.Number)))))) { Issued = issued });
    }
}
