using System.CommandLine;
using GovWorkflow.Cli.Hosting;
using GovWorkflow.Domain.Deadlines;
using NodaTime;

namespace GovWorkflow.Cli.Deadlines;

/// <summary><c>govwf deadline</c>: the statutory and promised deadlines of an item accepted on a date.</summary>
internal static class DeadlineCommand
{
    public static Command Create(CliContext context)
    {
        var item = new Option<string>("--item") { Description = "事项编码，例如 FOOD-BUSINESS-PERMIT（govwf catalog list 可查看）", HelpName = "CODE", Required = true };
        var accepted = new Option<LocalDate>("--accepted") { Description = "受理日期（当日不计入），yyyy-MM-dd", HelpName = "DATE", Required = true, CustomParser = CliParsers.Date };
        var suspend = new Option<SuspensionInterval[]>("--suspend")
        {
            Description = "暂停计时区间（行政许可法第四十五条），起..止:原因，可重复；例如 2026-03-10..2026-03-18:expert-review",
            HelpName = "FROM..TO:REASON",
            Arity = ArgumentArity.ZeroOrMore,
            CustomParser = CliParsers.Suspensions,
        };
        var extend = new Option<bool>("--extend") { Description = "已经负责人批准延期（第四十二条：+10 个工作日，联合办理 +15）" };
        var at = new Option<LocalDateTime?>("--at") { Description = "按此时间（北京时间）评估，默认当前时间；yyyy-MM-dd 或 yyyy-MM-ddTHH:mm", HelpName = "WHEN", CustomParser = CliParsers.DateTime };

        var calendarSource = new CalendarSource();
        var catalogSource = new CatalogSource();
        var command = new Command("deadline", "计算事项受理后的法定时限、承诺时限、预警日期与剩余工作日") { item, accepted, suspend, extend, at };
        calendarSource.AddTo(command);
        catalogSource.AddTo(command);

        command.SetAction(parse =>
        {
            var catalog = catalogSource.Load(parse, context);
            if (catalog.Catalog is null)
            {
                return ErrorReporter.Report(context, catalog.Errors);
            }

            return calendarSource.Run(parse, context, calendar =>
            {
                var serviceItem = catalog.Catalog.GetItem(parse.GetValue(item)!);
                var now = parse.GetValue(at) is { } local
                    ? local.InZoneLeniently(Domain.Calendar.BusinessCalendar.Zone).ToInstant()
                    : context.Clock.GetCurrentInstant();
                var clock = new StatutoryClock(calendar, new DeadlineOptions());
                var request = new DeadlineRequest(serviceItem.Deadline, parse.GetValue(accepted), parse.GetValue(extend), parse.GetValue(suspend) ?? []);
                var status = clock.Evaluate(request, now);
                DeadlineReport.Write(context.Out, catalog.Catalog, serviceItem, request, status);
                return ExitCodes.Success;
            });
        });
        return command;
    }
}
