using System.CommandLine;
using GovWorkflow.Domain.Calendar;

namespace GovWorkflow.Cli.Hosting;

/// <summary>The options every command that needs the business calendar shares, and the loading they drive.</summary>
/// <remarks>
/// Built-in years come first, then <c>data/holidays/</c> under the working folder when it exists (the data
/// folder of a local run), then every <c>--holidays DIR</c> in order: dropping <c>2027.json</c> into either adds 2027.
/// </remarks>
internal sealed class CalendarSource
{
    /// <summary>The holiday folder inside the data folder, relative to the working folder.</summary>
    public const string DataHolidaysFolder = "data/holidays";

    public Option<string[]> Holidays { get; } = new("--holidays")
    {
        Description = "额外的节假日数据目录（holiday-cn 格式，文件名 YYYY.json），可重复；同年份文件替换内置数据",
        HelpName = "DIR",
        AllowMultipleArgumentsPerToken = false,
        Arity = ArgumentArity.ZeroOrMore,
    };

    public Option<string> MissingYears { get; } = new("--missing-years")
    {
        Description = "遇到没有节假日数据的年份：refuse 拒绝计算（默认），weekends-only 仅按周末推算并提示",
        HelpName = "refuse|weekends-only",
        DefaultValueFactory = _ => "refuse",
    };

    public CalendarSource()
    {
        MissingYears.AcceptOnlyFromAmong("refuse", "weekends-only");
    }

    public void AddTo(Command command)
    {
        command.Add(Holidays);
        command.Add(MissingYears);
    }

    public BusinessCalendarResult Load(ParseResult parse, CliContext context)
    {
        var options = new CalendarOptions
        {
            MissingYearPolicy = parse.GetValue(MissingYears) == "weekends-only" ? MissingYearPolicy.WeekendsOnly : MissingYearPolicy.Refuse,
        };
        var dataHolidays = context.Resolve(DataHolidaysFolder);
        if (Directory.Exists(dataHolidays))
        {
            options.HolidayDirectories.Add(dataHolidays);
        }

        foreach (var directory in parse.GetValue(Holidays) ?? [])
        {
            options.HolidayDirectories.Add(context.Resolve(directory));
        }

        return HolidayCalendarLoader.Load(options);
    }

    /// <summary>Tells the user which years were guessed by the weekends-only fallback, if any.</summary>
    public static void ReportFallback(BusinessCalendar calendar, CliContext context)
    {
        if (calendar.FallbackYears.Count > 0)
        {
            context.Error.WriteLine($"govwf: 注意：{string.Join("、", calendar.FallbackYears)} 年没有节假日数据，已仅按周末休息推算，结果可能与实际放假安排不符。");
        }
    }

    /// <summary>Runs <paramref name="action"/> with the loaded calendar, printing load errors and the fallback notice.</summary>
    public int Run(ParseResult parse, CliContext context, Func<BusinessCalendar, int> action)
    {
        var loaded = Load(parse, context);
        if (loaded.Calendar is not { } calendar)
        {
            return ErrorReporter.Report(context, loaded.Errors);
        }

        // A domain error thrown by the action is reported by GovwfApp, like every command's.
        var code = action(calendar);
        ReportFallback(calendar, context);
        return code;
    }
}
