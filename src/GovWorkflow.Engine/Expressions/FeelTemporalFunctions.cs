using NodaTime;

namespace GovWorkflow.Engine.Expressions;

/// <summary>The date and duration built-ins; <c>today()</c> and <c>now()</c> are in <see cref="FeelBuiltins"/> and read the evaluation context.</summary>
internal static class FeelTemporalFunctions
{
    /// <summary><c>date("2026-03-02")</c>, <c>date(dateTime)</c> or <c>date(2026, 3, 2)</c>.</summary>
    public static FeelValue Date(ReadOnlySpan<FeelValue> arguments)
    {
        if (arguments.Length == 3)
        {
            return FromParts(arguments[0], arguments[1], arguments[2]);
        }

        if (arguments.Length != 1)
        {
            return FeelValue.Null;
        }

        var value = arguments[0];
        return value.Kind switch
        {
            FeelValueKind.String => FeelTemporal.TryParseDate(value.AsString, out var date) ? FeelValue.Date(date) : FeelValue.Null,
            FeelValueKind.DateTime => FeelValue.Date(value.AsDateTime.Date),
            FeelValueKind.Date => value,
            _ => FeelValue.Null,
        };
    }

    /// <summary><c>date and time("2026-03-02T09:00:00")</c>: a local date-time; text with a zone or offset gives null.</summary>
    public static FeelValue DateTime(FeelValue value) =>
        value.Kind == FeelValueKind.String && FeelTemporal.TryParseDateTime(value.AsString, out var dateTime)
            ? FeelValue.DateTime(dateTime)
            : FeelValue.Null;

    public static FeelValue Duration(FeelValue value) =>
        value.Kind == FeelValueKind.String ? FeelTemporal.ParseDuration(value.AsString) : FeelValue.Null;

    /// <summary><c>years and months duration(from, to)</c>: whole months from one date (or date-time) to another.</summary>
    public static FeelValue YearsAndMonths(FeelValue from, FeelValue to)
    {
        if (!TryDate(from, out var start) || !TryDate(to, out var end))
        {
            return FeelValue.Null;
        }

        var months = Period.Between(start, end, PeriodUnits.Months).Months;
        return FeelValue.YearsMonthsFromTotal(months);
    }

    private static bool TryDate(FeelValue value, out LocalDateTime dateTime)
    {
        dateTime = value.Kind switch
        {
            FeelValueKind.Date => value.AsDate.AtMidnight(),
            FeelValueKind.DateTime => value.AsDateTime,
            _ => default,
        };
        return value.Kind is FeelValueKind.Date or FeelValueKind.DateTime;
    }

    private static FeelValue FromParts(FeelValue year, FeelValue month, FeelValue day)
    {
        if (!IsInteger(year, 1, 9999) || !IsInteger(month, 1, 12) || !IsInteger(day, 1, 31))
        {
            return FeelValue.Null;
        }

        var y = (int)year.AsNumber;
        var m = (int)month.AsNumber;
        var d = (int)day.AsNumber;
        return d <= CalendarSystem.Iso.GetDaysInMonth(y, m) ? FeelValue.Date(new LocalDate(y, m, d)) : FeelValue.Null;
    }

    private static bool IsInteger(FeelValue value, int min, int max) =>
        value.Kind == FeelValueKind.Number && value.AsNumber == decimal.Truncate(value.AsNumber) && value.AsNumber >= min && value.AsNumber <= max;
}
