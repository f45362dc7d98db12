using System.Globalization;
using System.Text;
using GovWorkflow.Domain.Calendar;
using GovWorkflow.Domain.Cases;
using NodaTime.Text;

namespace GovWorkflow.Activities.Scenarios;

/// <summary>A case timeline as text: one line per entry, Beijing time, who, what, and the clock in brackets.</summary>
public static class TimelinePrinter
{
    private static readonly LocalDateTimePattern Time = LocalDateTimePattern.CreateWithInvariantCulture("yyyy-MM-dd HH:mm");

    /// <summary>Prints the case's heading, its timeline and where it ended.</summary>
    public static string Print(ScenarioRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var text = new StringBuilder();
        var file = run.File;
        text.Append(CultureInfo.InvariantCulture, $"办件 {file.Id}  {file.Applicant.Name}（{file.Applicant.MaskedId}）").Append('\n');
        foreach (var entry in run.Timeline)
        {
            var actor = entry.Actor == "system" ? "系统" : entry.Actor;
            text.Append(Time.Format(entry.At.InZone(BusinessCalendar.Zone).LocalDateTime)).Append("  ").Append(actor).Append("  ").Append(entry.Text)
                .Append("  〔").Append(entry.Clock).Append("〕\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"结果：{StatusName(file.Status)}；流程 {run.Progress.Status}")
            .Append(run.Progress.Waiting.Count > 0 ? "，等待 " + string.Join("、", run.Progress.Waiting.Distinct(StringComparer.Ordinal)) : string.Empty)
            .Append(CultureInfo.InvariantCulture, $"；黄色预警 {run.Progress.Escalations} 次；{run.Clock}\n");
        return text.ToString();
    }

    /// <summary>The case status in Chinese.</summary>
    public static string StatusName(CaseStatus status) => status switch
    {
        CaseStatus.Received => "已收件",
        CaseStatus.AwaitingCorrection => "待补正",
        CaseStatus.Accepted => "已受理",
        CaseStatus.Refused => "不予受理",
        CaseStatus.Withdrawn => "视为撤回",
        CaseStatus.Revoked => "已撤销受理",
        CaseStatus.Decided => "已决定",
        CaseStatus.Delivered => "已出件",
        CaseStatus.DecisionRevoked => "许可已撤销",
        _ => status.ToString(),
    };
}
