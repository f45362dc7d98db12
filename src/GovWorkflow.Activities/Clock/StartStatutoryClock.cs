using GovWorkflow.Activities.Cases;
using GovWorkflow.Domain.Cases;
using GovWorkflow.Engine.Expressions;

namespace GovWorkflow.Activities.Clock;

/// <summary>受理: accepts the case (unless it was already accepted under 容缺 or deemed accepted) and starts the statutory clock.</summary>
/// <remarks>Outputs <c>acceptedOn</c>, <c>promisedDue</c> and <c>statutoryDue</c> (days). The day of acceptance is not counted (Art. 82).</remarks>
public sealed class StartStatutoryClock(CaseServices services) : CaseActivity(services)
{
    /// <inheritdoc />
    public override string ActivityType => "StartStatutoryClock";

    /// <inheritdoc />
    protected override Task<CaseStep> ExecuteAsync(CaseActivityContext context, CancellationToken cancellationToken)
    {
        var file = context.File;
        var accepted = file.AcceptedOn is null
            ? file with { AcceptedOn = context.Today, Acceptance = AcceptanceKind.Regular, Status = CaseStatus.Accepted }
            : file with { Status = CaseStatus.Accepted };
        var status = Services.Clock.Evaluate(accepted.DeadlineRequest(context.Bundle.Policy)!, context.Request.Now);
        var how = accepted.Acceptance switch
        {
            AcceptanceKind.Deemed => "视为受理",
            AcceptanceKind.Tolerant => "容缺受理",
            _ => "材料齐全，予以受理",
        };
        var text = $"{how}，受理日 {CaseActivityContext.Day(accepted.AcceptedOn!.Value)}（当日不计入），法定时限 {status.Statutory.Limit.Value} 个工作日至 {CaseActivityContext.Day(status.Statutory.DueDate)}，承诺时限 {status.Promised.Limit.Value} 个工作日至 {CaseActivityContext.Day(status.Promised.DueDate)}。";
        return Task.FromResult(new CaseStep(accepted, text, Results.Of(
            ("acceptedOn", FeelValue.Date(accepted.AcceptedOn.Value)),
            ("promisedDue", FeelValue.Date(status.Promised.DueDate)),
            ("statutoryDue", FeelValue.Date(status.Statutory.DueDate)))));
    }
}
