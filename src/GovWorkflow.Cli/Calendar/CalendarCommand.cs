using System.CommandLine;
using System.Globalization;
using GovWorkflow.Cli.Hosting;
using GovWorkflow.Domain.Calendar;
using NodaTime;

namespace GovWorkflow.Cli.Calendar;

/// <summary><c>govwf calendar</c>: working-day questions answered from the PRC holiday calendar.</summary>
internal static class CalendarCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("calendar", "工作日历：按国务院公布的法定节假日与调休安排计算工作日");
        command.Add(IsWorkingDay(context));
        command.Add(Add(context));
        command.Add(Count(context));
        return command;
    }

    private static Command IsWorkingDay(CliContext context)
    {
        var date = new Argument<LocalDate>("DATE") { Description = "日期，yyyy-MM-dd", CustomParser = CliParsers.Date };
        var source = new CalendarSource();
        var command = new Command("is-working-day", "判断某日是否为工作日；是则退出码 0，否则 1") { date };
        source.AddTo(command);
        command.SetAction(parse => source.Run(parse, context, calendar =>
        {
            var day = calendar.Describe(parse.GetValue(date));
            context.Out.WriteLine(TextFormat.Day(day));
            return day.IsWorkingDay ? ExitCodes.Success : ExitCodes.No;
        }));
        return command;
    }

    private static Command Add(CliContext context)
    {
        var date = new Argument<LocalDate>("DATE") { Description = "起算日期（当日不计入），yyyy-MM-dd", CustomParser = CliParsers.Date };
        var days = new Argument<int>("N") { Description = "工作日数，可为负数（向前推算）", CustomParser = CliParsers.Integer };
        var source = new CalendarSource();
        var command = new Command("add", "计算某日之后第 N 个工作日（起算日不计入），输出日期") { date, days };
        source.AddTo(command);
        command.SetAction(parse => source.Run(parse, context, calendar =>
        {
            var result = calendar.AddWorkingDays(parse.GetValue(date), new WorkingDays(parse.GetValue(days)));
            context.Out.WriteLine(TextFormat.Iso(result));
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Count(CliContext context)
    {
        var from = new Argument<LocalDate>("FROM") { Description = "起始日期（含），yyyy-MM-dd", CustomParser = CliParsers.Date };
        var to = new Argument<LocalDate>("TO") { Description = "结束日期（含），yyyy-MM-dd", CustomParser = CliParsers.Date };
        var source = new CalendarSource();
        var command = new Command("count", "统计两日之间（首尾均含）的工作日数，输出一个整数") { from, to };
        source.AddTo(command);
        command.SetAction(parse => source.Run(parse, context, calendar =>
        {
            var count = calendar.CountWorkingDays(parse.GetValue(from), parse.GetValue(to));
            context.Out.WriteLine(count.Value.ToString(CultureInfo.InvariantCulture));
            return ExitCodes.Success;
        }));
        return command;
    }
}
