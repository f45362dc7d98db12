using System.CommandLine.Parsing;
using System.Globalization;
using GovWorkflow.Domain.Deadlines;
using NodaTime;
using NodaTime.Text;

namespace GovWorkflow.Cli.Hosting;

/// <summary>Parsers for the value types govwf accepts on the command line; each error says what to type instead.</summary>
internal static class CliParsers
{
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;
    private static readonly LocalDateTimePattern DateTimePattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm");

    public static LocalDate Date(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        var parsed = DatePattern.Parse(text);
        if (!parsed.Success)
        {
            result.AddError($"日期 \"{text}\" 无效：请使用 yyyy-MM-dd 格式的真实日期，例如 2026-02-13。");
            return default;
        }

        return parsed.Value;
    }

    public static int Integer(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) || Math.Abs((long)value) > 100_000)
        {
            result.AddError($"工作日数 \"{text}\" 无效：请填写 -100000 到 100000 之间的整数，例如 20。");
            return 0;
        }

        return value;
    }

    /// <summary>Parses <c>yyyy-MM-dd</c> (09:00 that day) or <c>yyyy-MM-ddTHH:mm</c>, Asia/Shanghai.</summary>
    public static LocalDateTime? DateTime(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        var full = DateTimePattern.Parse(text);
        if (full.Success)
        {
            return full.Value;
        }

        var date = DatePattern.Parse(text);
        if (date.Success)
        {
            return date.Value + new LocalTime(9, 0);
        }

        result.AddError($"时间 \"{text}\" 无效：请使用 yyyy-MM-dd 或 yyyy-MM-ddTHH:mm（北京时间），例如 2026-03-10T10:30。");
        return null;
    }

    /// <summary>Parses <c>FROM..TO:REASON</c> or <c>FROM..:REASON</c> (still suspended).</summary>
    public static SuspensionInterval[] Suspensions(ArgumentResult result)
    {
        var intervals = new List<SuspensionInterval>();
        foreach (var token in result.Tokens)
        {
            var interval = Suspension(token.Value, out var problem);
            if (interval is null)
            {
                result.AddError($"暂停计时 \"{token.Value}\" 无效：{problem}。格式为 起..止:原因，例如 2026-03-10..2026-03-18:expert-review；尚未结束的写作 2026-03-10..:hearing。原因可选：{string.Join("、", SuspensionReasonNames.Names)}。");
                return [];
            }

            intervals.Add(interval);
        }

        return [.. intervals];
    }

    private static SuspensionInterval? Suspension(string text, out string problem)
    {
        var colon = text.LastIndexOf(':');
        var range = colon < 0 ? text : text[..colon];
        var reasonText = colon < 0 ? null : text[(colon + 1)..];
        if (reasonText is null || !SuspensionReasonNames.TryParse(reasonText, out var reason))
        {
            problem = reasonText is null ? "缺少原因" : $"原因 \"{reasonText}\" 不在可选范围内";
            return null;
        }

        var parts = range.Split("..");
        if (parts.Length != 2)
        {
            problem = "起止日期之间应以 .. 分隔";
            return null;
        }

        var from = DatePattern.Parse(parts[0]);
        if (!from.Success)
        {
            problem = $"起始日期 \"{parts[0]}\" 不是 yyyy-MM-dd 格式的真实日期";
            return null;
        }

        LocalDate? to = null;
        if (parts[1].Length > 0)
        {
            var parsedTo = DatePattern.Parse(parts[1]);
            if (!parsedTo.Success)
            {
                problem = $"结束日期 \"{parts[1]}\" 不是 yyyy-MM-dd 格式的真实日期";
                return null;
            }

            if (parsedTo.Value < from.Value)
            {
                problem = "结束日期早于起始日期";
                return null;
            }

            to = parsedTo.Value;
        }

        problem = string.Empty;
        return new SuspensionInterval(from.Value, to, reason);
    }
}
