using GovWorkflow.Cli.Hosting;
using GovWorkflow.Domain.Catalog;
using GovWorkflow.Domain.Deadlines;

namespace GovWorkflow.Cli.Deadlines;

/// <summary>Writes a <see cref="DeadlineStatus"/> for people, in Chinese, one fact per line.</summary>
internal static class DeadlineReport
{
    public static void Write(TextWriter output, ItemCatalog catalog, ServiceItem item, DeadlineRequest request, DeadlineStatus status)
    {
        var policy = item.Deadline;
        var department = catalog.TryGetDepartment(item.DepartmentCode, out var found) ? found.Name : item.DepartmentCode;
        output.WriteLine($"事项：{item.Name}（{item.Code}），{department}");
        output.WriteLine($"办件类型：{(policy.Kind == ItemKind.Immediate ? "即办件" : "承诺件")}，{(policy.Handling == HandlingMode.Joint ? "联合办理" : "单部门办理")}");
        output.WriteLine($"受理日期：{TextFormat.DateWithWeekday(status.AcceptedOn)}，当日不计入");
        output.WriteLine($"评估时间：{TextFormat.Instant(status.EvaluatedAt)}");
        if (request.ExtensionGranted)
        {
            output.WriteLine($"延期：已批准，+{TextFormat.Days(policy.ExtensionAllowance)}（行政许可法第四十二条）");
        }

        foreach (var suspension in request.Suspensions)
        {
            var to = suspension.To is { } end ? TextFormat.Iso(end) : "至今（未结束）";
            output.WriteLine($"暂停计时：{TextFormat.Iso(suspension.From)} 至 {to}，{SuspensionReasonNames.Label(suspension.Reason)}（第四十五条，不计入时限）");
        }

        if (request.Suspensions.Count > 0)
        {
            output.WriteLine($"已扣除：{TextFormat.Days(status.SuspendedWorkingDays)}{(status.IsSuspended ? "，当前处于暂停计时中，截止日期按明日恢复计时推算" : string.Empty)}");
        }

        output.WriteLine();
        WriteLimit(output, "法定时限", status.Statutory);
        output.WriteLine();
        WriteLimit(output, "承诺时限", status.Promised);
        output.WriteLine();
        output.WriteLine($"预警等级：{TextFormat.Level(status.Level)}");
    }

    private static void WriteLimit(TextWriter output, string title, LimitStatus limit)
    {
        output.WriteLine($"{title}：{TextFormat.Days(limit.Limit)}");
        output.WriteLine($"  截止日期：{TextFormat.DateWithWeekday(limit.DueDate)}，截止时刻 {TextFormat.Instant(limit.DueInstant)}");
        output.WriteLine($"  蓝色预警：{TextFormat.DateWithWeekday(limit.BlueFrom)} 起");
        output.WriteLine($"  黄色预警：{TextFormat.DateWithWeekday(limit.YellowFrom)} 起");
        var remaining = limit.Remaining.Value >= 0
            ? $"剩余 {TextFormat.Days(limit.Remaining)}"
            : $"已超期 {TextFormat.Days(new Domain.Calendar.WorkingDays(-limit.Remaining.Value))}";
        output.WriteLine($"  已用 {TextFormat.Days(limit.Used)}（{TextFormat.Percent(limit.ElapsedFraction)}），{remaining}，{TextFormat.Level(limit.Level)}");
    }
}
