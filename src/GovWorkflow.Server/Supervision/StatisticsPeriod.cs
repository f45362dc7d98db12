using GovWorkflow.Server.Hosting;
using NodaTime;
using NodaTime.Text;

namespace GovWorkflow.Server.Supervision;

/// <summary>The days the supervision statistics cover: <c>from</c> through <c>to</c>, both inclusive, either open.</summary>
/// <remarks>
/// Calendar dates in the business time zone (Asia/Shanghai), as the case file records its decision, delivery and rating
/// days; a date is not an instant, so no time-zone arithmetic is needed to compare them.
/// </remarks>
/// <param name="From">The first day, or null for no lower bound.</param>
/// <param name="To">The last day, or null for no upper bound.</param>
public sealed record StatisticsPeriod(LocalDate? From, LocalDate? To)
{
    /// <summary>Every day.</summary>
    public static readonly StatisticsPeriod All = new(null, null);

    /// <summary>Whether the day falls in the period; a case without the day is outside any bounded period.</summary>
    public bool Contains(LocalDate? day) =>
        (From is null && To is null) || (day is { } d && (From is null || d >= From) && (To is null || d <= To));

    /// <summary>Reads <c>from</c> and <c>to</c> (ISO dates, <c>2026-03-01</c>); a wrong date or <c>from</c> after <c>to</c> is a 400 naming the field.</summary>
    public static bool TryParse(string? from, string? to, out StatisticsPeriod period, out IResult problem)
    {
        period = All;
        problem = Results.Empty;
        if (!TryDate(from, "from", out var first, out problem) || !TryDate(to, "to", out var last, out problem))
        {
            return false;
        }

        if (first is { } f && last is { } l && f > l)
        {
            problem = Invalid("from", $"起始日期 from（{Format(f)}）不能晚于截止日期 to（{Format(l)}）。");
            return false;
        }

        period = new StatisticsPeriod(first, last);
        return true;
    }

    /// <summary>The ISO text of a day, or null.</summary>
    public static string? Format(LocalDate? day) => day is { } d ? LocalDatePattern.Iso.Format(d) : null;

    private static bool TryDate(string? text, string field, out LocalDate? day, out IResult problem)
    {
        day = null;
        problem = Results.Empty;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        if (!parsed.Success)
        {
            problem = Invalid(field, $"{field} 应为 ISO 日期（如 2026-03-01），收到“{text}”。");
            return false;
        }

        day = parsed.Value;
        return true;
    }

    private static IResult Invalid(string field, string detail) =>
        Problems.Of(StatusCodes.Status400BadRequest, "request.period-invalid", detail, new Dictionary<string, object?>(StringComparer.Ordinal) { ["field"] = field });
}
