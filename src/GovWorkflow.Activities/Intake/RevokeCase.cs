using GovWorkflow.Activities.Cases;
using GovWorkflow.Domain.Cases;

namespace GovWorkflow.Activities.Intake;

/// <summary>撤销受理: the 容缺 materials were not supplied by the promised day; the acceptance is revoked and the case ends.</summary>
public sealed class RevokeCase(CaseServices services) : CaseActivity(services)
{
    /// <inheritdoc />
    public override string ActivityType => "RevokeCase";

    /// <inheritdoc />
    protected override Task<CaseStep> ExecuteAsync(CaseActivityContext context, CancellationToken cancellationToken)
    {
        var file = context.File;
        var lacking = file.Materials.Where(m => m.IsLacking).Select(m => m.Name).ToList();
        var due = file.Tolerant is { } tolerant ? CaseActivityContext.Day(tolerant.DueOn) : "承诺期限";
        return Task.FromResult(new CaseStep(
            file with { Status = CaseStatus.Revoked, StoppedOn = context.Today },
            $"容缺材料逾期未补齐（{due} 届满，仍缺 {string.Join("、", lacking)}），撤销受理，办件终止。",
            Results.Of()));
    }
}
