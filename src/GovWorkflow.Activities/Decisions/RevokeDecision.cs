using GovWorkflow.Activities.Cases;
using GovWorkflow.Domain.Cases;

namespace GovWorkflow.Activities.Decisions;

/// <summary>撤销许可决定: a 告知承诺 post-check found the commitment false; the decision is revoked and its licences with it.</summary>
public sealed class RevokeDecision(CaseServices services) : CaseActivity(services)
{
    /// <inheritdoc />
    public override string ActivityType => "RevokeDecision";

    /// <inheritdoc />
    protected override Task<CaseStep> ExecuteAsync(CaseActivityContext context, CancellationToken cancellationToken)
    {
        var file = context.File;
        var items = string.Join("、", context.Items.Select(i => i.Name));
        return Task.FromResult(new CaseStep(
            file with { Status = CaseStatus.DecisionRevoked },
            $"核查发现承诺不实，撤销{items}的许可决定，注销证照 {string.Join("、", file.Certificates)}。",
            Results.Of()) { Revoked = file.Certificates });
    }
}
