using GovWorkflow.Activities.Cases;
using GovWorkflow.Domain.Cases;

namespace GovWorkflow.Activities.Intake;

/// <summary>不予受理: the window refuses the application, with the reason the desk required (<c>refusalReason</c>); the case ends.</summary>
public sealed class RefuseApplication(CaseServices services) : CaseActivity(services)
{
    /// <inheritdoc />
    public override string ActivityType => "RefuseApplication";

    /// <inheritdoc />
    protected override Task<CaseStep> ExecuteAsync(CaseActivityContext context, CancellationToken cancellationToken)
    {
        var file = context.File;
        var reason = context.Text("refusalReason") ?? "申请事项依法不需要取得行政许可或不属于本机关职权范围";
        return Task.FromResult(new CaseStep(
            file with { Status = CaseStatus.Refused, StoppedOn = context.Today },
            $"作出不予受理决定：{reason}；申请人可依法申请行政复议或者提起行政诉讼（行政许可法第三十二条）。",
            Results.Of()));
    }
}
