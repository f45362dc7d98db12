using GovWorkflow.Activities.Cases;
using GovWorkflow.Domain.Cases;

namespace GovWorkflow.Activities.Intake;

/// <summary>逾期未补正: the correction period ended without the materials; the application counts as withdrawn.</summary>
public sealed class CloseUncorrected(CaseServices services) : CaseActivity(services)
{
    /// <inheritdoc />
    public override string ActivityType => "CloseUncorrected";

    /// <inheritdoc />
    protected override Task<CaseStep> ExecuteAsync(CaseActivityContext context, CancellationToken cancellationToken)
    {
        var file = context.File;
        var due = file.Notice is { } notice ? CaseActivityContext.Day(notice.DueOn) : "期限";
        return Task.FromResult(new CaseStep(file with { Status = CaseStatus.Withdrawn, StoppedOn = context.Today }, $"补正期限（{due}）届满未补正，视为撤回申请，办件终止。", Results.Of()));
    }
}
