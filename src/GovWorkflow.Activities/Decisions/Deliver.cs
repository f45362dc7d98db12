using GovWorkflow.Activities.Cases;
using GovWorkflow.Domain.Cases;
using GovWorkflow.Engine.Expressions;

namespace GovWorkflow.Activities.Decisions;

/// <summary>出件 / 送达: hands out the certificates or the refusal; the law allows 10 working days from the decision (Art. 44).</summary>
/// <remarks>Outputs <c>deliveredOn</c> and <c>deliveredInTime</c>.</remarks>
public sealed class Deliver(CaseServices services) : CaseActivity(services)
{
    /// <inheritdoc />
    public override string ActivityType => "Deliver";

    /// <inheritdoc />
    protected override Task<CaseStep> ExecuteAsync(CaseActivityContext context, CancellationToken cancellationToken)
    {
        var file = context.File;
        var decidedOn = file.Decision?.DecidedOn ?? context.Today;
        var deadline = Services.Clock.DeliveryDeadline(decidedOn);
        var inTime = context.Today <= deadline;
        var what = file.Decision is { Granted: true } ? $"证照 {string.Join("、", file.Certificates)}" : "不予许可决定书";
        return Task.FromResult(new CaseStep(
            file with { DeliveredOn = context.Today, Status = CaseStatus.Delivered },
            $"出件：向申请人送达{what}{(inTime ? string.Empty : $"（超过第四十四条送达期限 {CaseActivityContext.Day(deadline)}）")}。",
            Results.Of(("deliveredOn", FeelValue.Date(context.Today)), ("deliveredInTime", FeelValue.Boolean(inTime)))));
    }
}
