using GovWorkflow.Activities.Cases;
using GovWorkflow.Domain.Cases;
using GovWorkflow.Engine.Expressions;

namespace GovWorkflow.Activities.Intake;

/// <summary>视为受理: no correction notice within 5 days of receipt, so the application counts as accepted on the day of receipt (行政许可法 Art. 32).</summary>
/// <remarks>Outputs <c>acceptedOn</c>. The receipt is the latest round of materials: the first 收件, or the last 补正.</remarks>
public sealed class DeemAccepted(CaseServices services) : CaseActivity(services)
{
    /// <inheritdoc />
    public override string ActivityType => "DeemAccepted";

    /// <inheritdoc />
    protected override Task<CaseStep> ExecuteAsync(CaseActivityContext context, CancellationToken cancellationToken)
    {
        var file = context.File;
        var receivedOn = file.ReceivedAt.InZone(Domain.Calendar.BusinessCalendar.Zone).Date;
        var step = new CaseStep(
            file with { AcceptedOn = receivedOn, Acceptance = AcceptanceKind.Deemed, Status = CaseStatus.Accepted },
            $"视为受理：收件后 5 个工作日内未告知补正，依行政许可法第三十二条自收到材料之日（{CaseActivityContext.Day(receivedOn)}）起即为受理。",
            Results.Of(("acceptedOn", FeelValue.Date(receivedOn))));
        return Task.FromResult(step);
    }
}
