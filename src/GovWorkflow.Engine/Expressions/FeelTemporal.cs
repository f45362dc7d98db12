using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace GovWorkflow.Engine.Expressions;

/// <summary>ISO 8601 text of dates, date-times and the two FEEL duration kinds.</summary>
/// <remarks>NodaTime.Serialization is not available here, and FEEL's duration text differs from NodaTime's round-trip patterns anyway.</remarks>
internal static class FeelTemporal
{
    private const long NanosPerSecond = 1_000_000_000L;
    private const long NanosPerMinute = 60 * NanosPerSecond;
    private const long NanosPerHour = 60 * NanosPerMinute;

    // NodaTime durations span ±2^24 days; one day is left for the time of day.
    private const int MaxDays = 16_777_214;
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;
    private static readonly LocalDateTimePattern DateTimePattern = LocalDateTimePattern.ExtendedIso;

    public static string FormatDate(LocalDate date) => DatePattern.Format(date);

    public static string FormatDateTime(LocalDateTime dateTime) => DateTimePattern.Format(dateTime);

    public static bool TryParseDate(string text, out LocalDate date)
    {
        var result = DatePattern.Parse(text);
        date = result.Success ? result.Value : default;
        return result.Success;
    }

    public static bool TryParseDateTime(string text, out LocalDateTime dateTime)
    {
        var result = DateTimePattern.Parse(text);
        dateTime = result.Success ? result.Value : default;
        return result.Success;
    }

    public static string FormatDaysTime(Duration duration)
    {
        var negative = duration < Duration.Zero;
        var days = Math.Abs((long)duration.Days);
        var nanos = Math.Abs(duration.NanosecondOfDay);
        var text = new StringBuilder(24);
        if (negative)
        {
            text.Append('-');
        }

        text.Append('P');
        if (days != 0)
        {
            text.Append(days.ToString(CultureInfo.InvariantCulture)).Append('D');
        }

        if (nanos != 0 || days == 0)
        {
            text.Append('T');
            AppendTime(text, nanos, days == 0);
        }

        return text.ToString();
    }

    public static string FormatYearsMonths(long totalMonths)
    {
        var text = new StringBuilder(16);
        if (totalMonths < 0)
        {
            text.Append('-');
        }

        var months = Math.Abs(totalMonths);
        text.Append('P');
        if (months >= 12)
        {
            text.Append((months / 12).ToString(CultureInfo.InvariantCulture)).Append('Y');
        }

        if (months % 12 != 0 || months == 0)
        {
            text.Append((months % 12).ToString(CultureInfo.InvariantCulture)).Append('M');
        }

        return text.ToString();
    }

    /// <summary>Parses <c>-PnYnM</c> into a years-months value or <c>-PnDTnHnMn.nS</c> into a days-time value; null otherwise.</summary>
    public static FeelValue ParseDuration(string text)
    {
        var scanner = new DurationScanner(text);
        if (!scanner.Scan())
        {
            return FeelValue.Null;
        }

        if (scanner.HasYearsMonths)
        {
            if (scanner.HasDaysTime)
            {
                return FeelValue.Null;
            }

            var total = (scanner.Years * 12) + scanner.Months;
            return FeelValue.YearsMonthsFromTotal(scanner.Negative ? -total : total);
        }

        var nanos = (decimal)scanner.Days * 86_400m * NanosPerSecond;
        nanos += ((decimal)scanner.Hours * NanosPerHour) + ((decimal)scanner.Minutes * NanosPerMinute) + (scanner.Seconds * NanosPerSecond);
        if (nanos != decimal.Truncate(nanos))
        {
            return FeelValue.Null;
        }

        var days = decimal.Truncate(nanos / (86_400m * NanosPerSecond));
        var rest = (long)(nanos - (days * 86_400m * NanosPerSecond));
        if (days > MaxDays)
        {
            return FeelValue.Null;
        }

        var duration = Duration.FromDays((int)days) + Duration.FromNanoseconds(rest);
        return FeelValue.DaysTime(scanner.Negative ? -duration : duration);
    }

    private static void AppendTime(StringBuilder text, long nanos, bool zeroAllowed)
    {
        var hours = nanos / NanosPerHour;
        var minutes = nanos % NanosPerHour / NanosPerMinute;
        var seconds = nanos % NanosPerMinute;
        if (hours != 0)
        {
            text.Append(hours.ToString(CultureInfo.InvariantCulture)).Append('H');
        }

        if (minutes != 0)
        {
            text.Append(minutes.ToString(CultureInfo.InvariantCulture)).Append('M');
        }

        if (seconds != 0 || (zeroAllowed && nanos == 0))
        {
            var value = (decimal)seconds / NanosPerSecond;
            text.Append(value.ToString("0.#########", CultureInfo.InvariantCulture)).Append('S');
        }
    }
}
