using GovWorkflow.Activities.Cases;
using GovWorkflow.Domain.Deadlines;

namespace GovWorkflow.Activities.Clock;

/// <summary>暂停计时 (行政许可法 Art. 45): hearing, testing, inspection, appraisal or expert review time is not counted, from today until resumed.</summary>
/// <remarks>Input <c>suspensionReason</c> (e.g. <c>专家评审</c> or <c>ExpertReview</c>; default expert review).</remarks>
public sealed class SuspendClock(CaseServices services) : CaseActivity(services)
{
    /// <inheritdoc />
    public override string ActivityType => "SuspendClock";

    /// <inheritdoc />
    protected override Task<CaseStep> ExecuteAsync(CaseActivityContext context, CancellationToken cancellationToken)
    {
        var file = context.File;
        if (file.IsSuspended)
        {
            return Task.FromResult(new CaseStep(file, "已在暂停计时中，不重复暂停。", Results.Of()));
        }

        // The desk refuses an unknown name; none named is an expert review.
        var reason = SuspensionReasonNames.TryParse(context.Text("suspensionReason"), out var named) ? named : SuspensionReason.ExpertReview;
        var suspended = file with { Suspensions = [.. file.Suspensions, new SuspensionInterval(context.Today, null, reason)] };
        return Task.FromResult(new CaseStep(suspended, $"因{SuspensionReasonNames.Label(reason)}暂停计时，自 {CaseActivityContext.Day(context.Today)} 起所需时间不计入办理时限（行政许可法第四十五条）。", Results.Of()));
    }
}
