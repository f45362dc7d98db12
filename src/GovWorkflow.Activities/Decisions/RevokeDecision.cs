using GovWorkflow.Activities.Cases;
using GovWorkflow.Domain.Cases;

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

        // Only the licences that carry a checked item go: a business licence issued in the same case stays.
        var revoked = new List<string>();
        foreach (var number in file.Certificates)
        {
            if (await Services.Store.FindAsync(number, cancellationToken).ConfigureAwait(false) is { } licence && licence.Items.Intersect(codes, StringComparer.Ordinal).Any())
            {
                revoked.Add(number);
            }
        }

        var items = string.Join("、", context.Items.Select(i => i.Name));
        return new CaseStep(
            file with { Status = CaseStatus.DecisionRevoked },
            $"核查发现承诺不实，撤销{items}的许可决定，注销证照 {(revoked.Count == 0 ? "（无）" : string.Join("、", revoked))}。",
            Results.Of()) { Revoked = revoked };
    }
}
