using GovWorkflow.Activities.Cases;
using GovWorkflow.Engine.Activities;
using GovWorkflow.Engine.Expressions;

namespace GovWorkflow.Activities.Clock;

/// <summary>恢复计时: the Art. 45 procedure is over; the clock runs again and every open SLA timer moves by the working days suspended.</summary>
/// <remarks>
/// The suspension covers the days from its start through the day before resumption (the day it started when resumed
/// the same day). Outputs <c>suspendedDays</c>.
/// </remarks>
public sealed class ResumeClock(CaseServices services) : CaseActivity(services)
{
    /// <inheritdoc />
    public override string ActivityType => "ResumeClock";

    /// <inheritdoc />
    protected override Task<CaseStep> ExecuteAsync(CaseActivityContext context, CancellationToken cancellationToken)
    {
        var file = context.File;
        if (!file.IsSuspended)
        {
            return Task.FromResult(new CaseStep(file, "未在暂停计时中，无需恢复。", Results.Of(("suspendedDays", FeelValue.Number(0)))));
        }

        var open = file.Suspensions[^1];
        if (context.Today <= open.From)
        {
            // Resumed the day it started: no whole working day went to the procedure.
            return Task.FromResult(new CaseStep(
                file with { Suspensions = [.. file.Suspensions.Take(file.Suspensions.Count - 1)] },
                $"当日恢复计时：{CaseActivityContext.Day(open.From)} 暂停不足一个工作日，不扣除时间。",
                Results.Of(("suspendedDays", FeelValue.Number(0)))));
        }

        var to = context.Today.PlusDays(-1);
        var calendar = Services.Clock.Calendar;
        var days = calendar.CountWorkingDays(open.From, to).Value;
        var moves = days == 0 ? [] : context.Request.Timers
            .Where(t => t.AttachedTo is not null)
            .Select(t => new TimerMove(t.BookmarkKey, TimerShift.By(t.DueAt, days, Services.Clock)))
            .ToList();
        var resumed = file with { Suspensions = [.. file.Suspensions.Take(file.Suspensions.Count - 1), open with { To = to }] };
        var result = new ActivityResult(new Dictionary<string, FeelValue>(StringComparer.Ordinal) { ["suspendedDays"] = FeelValue.Number(days) }, moves);
        return Task.FromResult(new CaseStep(
            resumed,
            $"恢复计时：{CaseActivityContext.Day(open.From)} 至 {CaseActivityContext.Day(to)} 暂停 {days} 个工作日，不计入时限；{moves.Count} 个预警和超期计时器顺延。",
            result));
    }
}
