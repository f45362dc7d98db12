using GovWorkflow.Activities.Cases;
using GovWorkflow.Domain.Cases;
using GovWorkflow.Domain.Licensing;

namespace GovWorkflow.Activities.Decisions;

/// <summary>撤销许可决定: a 告知承诺 post-check found the commitment false; the decision is revoked and its licences with it.</summary>
public sealed class RevokeDecision(CaseServices services) : CaseActivity(services)
{
    /// <inheritdoc />
    public override string ActivityType => "RevokeDecision";

    /// <inheritdoc />
    protected override async Task<CaseStep> ExecuteAsync(CaseActivityContext context, CancellationToken cancellationToken)
    {
        var file = context.File;
        var codes = context.Items.Select(i => i.Code).ToList();

        // Only the licences that carry a checked item go; a combined licence (一业一证) is reissued for the items that stay.
        var revoked = new List<string>();
        var reissued = new List<ElectronicLicense>();
        foreach (var number in file.Certificates)
        {
            if (await Services.Store.FindAsync(number, cancellationToken).ConfigureAwait(false) is not { } licence || !licence.Items.Intersect(codes, StringComparer.Ordinal).Any())
            {
                continue;
            }

            revoked.Add(number);
            var remaining = licence.Items.Except(codes, StringComparer.Ordinal).ToList();
            if (remaining.Count > 0)
            {
                reissued.Add(licence with { Number = number + "-R", Items = remaining, IssuedOn = context.Today, Status = LicenseStatus.Valid });
            }
        }

        var items = string.Join("、", context.Items.Select(i => i.Name));
        var reissue = reissued.Count == 0 ? string.Empty
            : $"；换发 {string.Join("、", reissued.Select(l => $"{l.Name} {l.Number}（载明{string.Join("、", l.Items.Select(Name(context)))}）"))}";
        return new CaseStep(
            file with { Status = CaseStatus.DecisionRevoked, Certificates = [.. file.Certificates.Except(revoked, StringComparer.Ordinal), .. reissued.Select(l => l.Number)] },
            $"核查发现承诺不实，撤销{items}的许可决定，注销证照 {(revoked.Count == 0 ? "（无）" : string.Join("、", revoked))}{reissue}。",
            Results.Of()) { Revoked = revoked, Issued = reissued };
    }

    private static Func<string, string> Name(CaseActivityContext context) =>
        code => context.Bundle.Items.FirstOrDefault(i => i.Item.Code == code)?.Item.Name ?? code;
}
