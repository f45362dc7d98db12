namespace GovWorkflow.Engine.Expressions;

/// <summary>The properties of temporal values: <c>d.year</c>, <c>dt.hour</c>, <c>p.days</c>.</summary>
internal static class FeelProperties
{
    public static FeelValue Get(FeelValue value, string member)
    {
        switch (value.Kind)
        {
            case FeelValueKind.Date or FeelValueKind.DateTime:
                var dt = value.Kind == FeelValueKind.Date ? value.AsDate.AtMidnight() : value.AsDateTime;
                return member switch
                {
                    "year" => FeelValue.Number(dt.Year),
                    "month" => FeelValue.Number(dt.Month),
                    "day" => FeelValue.Number(dt.Day),
                    "weekday" => FeelValue.Number((int)dt.DayOfWeek),
                    "hour" when value.Kind == FeelValueKind.DateTime => FeelValue.Number(dt.Hour),
                    "minute" when value.Kind == FeelValueKind.DateTime => FeelValue.Number(dt.Minute),
                    "second" when value.Kind == FeelValueKind.DateTime => FeelValue.Number(dt.Second),
                    _ => FeelValue.Null,
                };
            case FeelValueKind.DaysTimeDuration:
                var d = value.AsDaysTime;
                return member switch
                {
                    "days" => FeelValue.Number(d.Days),
                    "hours" => FeelValue.Number(d.Hours),
                    "minutes" => FeelValue.Number(d.Minutes),
                    "seconds" => FeelValue.Number(d.Seconds),
                    _ => FeelValue.Null,
                };
            case FeelValueKind.YearsMonthsDuration:
                var months = value.TotalMonths;
                return member switch
                {
                    "years" => FeelValue.Number(months / 12),
                    "months" => FeelValue.Number(months % 12),
                    _ => FeelValue.Null,
                };
            default:
                return FeelValue.Null;
        }
    }
}
