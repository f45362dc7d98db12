using NodaTime;

namespace GovWorkflow.Engine.Expressions;

/// <summary>FEEL equality, ordering and arithmetic on values; every failure is <c>null</c>, never an exception.</summary>
internal static class FeelOperations
{
    private const long NanosPerDay = 86_400_000_000_000L;

    /// <summary>FEEL <c>=</c>: <c>null = null</c> is true, <c>null</c> against a value is false, values of different types give null.</summary>
    public static FeelValue Equal(FeelValue left, FeelValue right)
    {
        if (left.Kind == FeelValueKind.Null || right.Kind == FeelValueKind.Null)
        {
            return FeelValue.Boolean(left.Kind == right.Kind);
        }

        if (left.Kind != right.Kind)
        {
            return FeelValue.Null;
        }

        return left.Kind switch
        {
            FeelValueKind.List => ListEqual(left.ListItems, right.ListItems),
            FeelValueKind.Context => ContextEqual(left, right),
            _ => FeelValue.Boolean(left.Equals(right)),
        };
    }

    public static FeelValue NotEqual(FeelValue left, FeelValue right) => Not(Equal(left, right));

    public static FeelValue Not(FeelValue value) =>
        value.Kind == FeelValueKind.Boolean ? FeelValue.Boolean(!value.AsBoolean) : FeelValue.Null;

    /// <summary>Orders two values of one comparable type (numbers, strings, dates, date-times, durations of one kind); null otherwise.</summary>
    public static int? Compare(FeelValue left, FeelValue right)
    {
        if (left.Kind != right.Kind)
        {
            return null;
        }

        return left.Kind switch
        {
            FeelValueKind.Number => left.AsNumber.CompareTo(right.AsNumber),
            FeelValueKind.String => string.CompareOrdinal(left.AsString, right.AsString),
            FeelValueKind.Date => left.AsDate.CompareTo(right.AsDate),
            FeelValueKind.DateTime => left.AsDateTime.CompareTo(right.AsDateTime),
            FeelValueKind.DaysTimeDuration => left.AsDaysTime.CompareTo(right.AsDaysTime),
            FeelValueKind.YearsMonthsDuration => left.TotalMonths.CompareTo(right.TotalMonths),
            _ => null,
        };
    }

    public static FeelValue Add(FeelValue left, FeelValue right)
    {
        try
        {
            return (left.Kind, right.Kind) switch
            {
                (FeelValueKind.Number, FeelValueKind.Number) => FeelValue.Number(left.AsNumber + right.AsNumber),
                (FeelValueKind.String, FeelValueKind.String) => FeelValue.String(string.Concat(left.AsString, right.AsString)),
                (FeelValueKind.DaysTimeDuration, FeelValueKind.DaysTimeDuration) => FeelValue.DaysTime(left.AsDaysTime + right.AsDaysTime),
                (FeelValueKind.YearsMonthsDuration, FeelValueKind.YearsMonthsDuration) => FeelValue.YearsMonthsFromTotal(left.TotalMonths + right.TotalMonths),
                (FeelValueKind.DaysTimeDuration or FeelValueKind.YearsMonthsDuration, FeelValueKind.Date or FeelValueKind.DateTime) => Shift(right, left, 1),
                _ => Shift(left, right, 1),
            };
        }
        catch (Exception e) when (e is ArithmeticException or ArgumentException)
        {
            return FeelValue.Null;
        }
    }

    public static FeelValue Subtract(FeelValue left, FeelValue right)
    {
        try
        {
            return (left.Kind, right.Kind) switch
            {
                (FeelValueKind.Number, FeelValueKind.Number) => FeelValue.Number(left.AsNumber - right.AsNumber),
                (FeelValueKind.Date, FeelValueKind.Date) => FeelValue.DaysTime(Duration.FromDays(Period.DaysBetween(right.AsDate, left.AsDate))),
                (FeelValueKind.DateTime, FeelValueKind.DateTime) => FeelValue.DaysTime(left.AsDateTime.InUtc().ToInstant() - right.AsDateTime.InUtc().ToInstant()),
                (FeelValueKind.DaysTimeDuration, FeelValueKind.DaysTimeDuration) => FeelValue.DaysTime(left.AsDaysTime - right.AsDaysTime),
                (FeelValueKind.YearsMonthsDuration, FeelValueKind.YearsMonthsDuration) => FeelValue.YearsMonthsFromTotal(left.TotalMonths - right.TotalMonths),
                _ => Shift(left, right, -1),
            };
        }
        catch (Exception e) when (e is ArithmeticException or ArgumentException)
        {
            return FeelValue.Null;
        }
    }

    public static FeelValue Multiply(FeelValue left, FeelValue right)
    {
        try
        {
            return (left.Kind, right.Kind) switch
            {
                (FeelValueKind.Number, FeelValueKind.Number) => FeelValue.Number(left.AsNumber * right.AsNumber),
                (FeelValueKind.DaysTimeDuration or FeelValueKind.YearsMonthsDuration, FeelValueKind.Number) => ScaleDuration(left, right.AsNumber),
                (FeelValueKind.Number, FeelValueKind.DaysTimeDuration or FeelValueKind.YearsMonthsDuration) => ScaleDuration(right, left.AsNumber),
                _ => FeelValue.Null,
            };
        }
        catch (Exception e) when (e is ArithmeticException or ArgumentException)
        {
            return FeelValue.Null;
        }
    }

    public static FeelValue Divide(FeelValue left, FeelValue right)
    {
        try
        {
            return (left.Kind, right.Kind) switch
            {
                (FeelValueKind.Number, FeelValueKind.Number) => TryDivide(left.AsNumber, right.AsNumber, out var q) ? FeelValue.Number(q) : FeelValue.Null,
                (FeelValueKind.DaysTimeDuration or FeelValueKind.YearsMonthsDuration, FeelValueKind.Number) when right.AsNumber != 0m => ScaleDuration(left, 1m / right.AsNumber),
                (FeelValueKind.DaysTimeDuration, FeelValueKind.DaysTimeDuration) when right.AsDaysTime != Duration.Zero =>
                    FeelValue.Number((decimal)left.AsDaysTime.ToBigIntegerNanoseconds() / (decimal)right.AsDaysTime.ToBigIntegerNanoseconds()),
                (FeelValueKind.YearsMonthsDuration, FeelValueKind.YearsMonthsDuration) when right.TotalMonths != 0 =>
                    FeelValue.Number((decimal)left.TotalMonths / right.TotalMonths),
                _ => FeelValue.Null,
            };
        }
        catch (Exception e) when (e is ArithmeticException or ArgumentException)
        {
            return FeelValue.Null;
        }
    }

    public static FeelValue Negate(FeelValue value) => value.Kind switch
    {
        FeelValueKind.Number => FeelValue.Number(-value.AsNumber),
        FeelValueKind.DaysTimeDuration => FeelValue.DaysTime(-value.AsDaysTime),
        FeelValueKind.YearsMonthsDuration => FeelValue.YearsMonthsFromTotal(-value.TotalMonths),
        _ => FeelValue.Null,
    };

    public static bool TryDivide(decimal left, decimal right, out decimal quotient)
    {
        if (right == 0m)
        {
            quotient = 0m;
            return false;
        }

        try
        {
            quotient = left / right;
            return true;
        }
        catch (OverflowException)
        {
            quotient = 0m;
            return false;
        }
    }

    /// <summary><c>**</c>: exact by repeated squaring for integer exponents, through <see cref="double"/> otherwise; false on overflow or an undefined result.</summary>
    public static bool TryPower(decimal value, decimal exponent, out decimal result)
    {
        result = 0m;
        try
        {
            if (exponent == decimal.Truncate(exponent) && Math.Abs(exponent) <= 4096m)
            {
                var n = (int)Math.Abs(exponent);
                var power = 1m;
                var square = value;
                while (n > 0)
                {
                    if ((n & 1) == 1)
                    {
                        power *= square;
                    }

                    n >>= 1;
                    if (n > 0)
                    {
                        square *= square;
                    }
                }

                return exponent >= 0 ? Ok(power, out result) : TryDivide(1m, power, out result);
            }

            var approximate = Math.Pow((double)value, (double)exponent);
            return double.IsFinite(approximate) && Math.Abs(approximate) < 7.9e28 && Ok((decimal)approximate, out result);
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    private static bool Ok(decimal value, out decimal result)
    {
        result = value;
        return true;
    }

    private static FeelValue Shift(FeelValue temporal, FeelValue amount, int sign)
    {
        switch (temporal.Kind, amount.Kind)
        {
            case (FeelValueKind.Date, FeelValueKind.YearsMonthsDuration):
                return FeelValue.Date(temporal.AsDate.PlusMonths(checked((int)(sign * amount.TotalMonths))));
            case (FeelValueKind.DateTime, FeelValueKind.YearsMonthsDuration):
                return FeelValue.DateTime(temporal.AsDateTime.PlusMonths(checked((int)(sign * amount.TotalMonths))));
            case (FeelValueKind.Date, FeelValueKind.DaysTimeDuration):
                var shifted = temporal.AsDate.AtMidnight().InUtc().ToInstant() + (sign * amount.AsDaysTime);
                return FeelValue.Date(shifted.InUtc().Date);
            case (FeelValueKind.DateTime, FeelValueKind.DaysTimeDuration):
                var instant = temporal.AsDateTime.InUtc().ToInstant() + (sign * amount.AsDaysTime);
                return FeelValue.DateTime(instant.InUtc().LocalDateTime);
            default:
                return FeelValue.Null;
        }
    }

    private static FeelValue ScaleDuration(FeelValue duration, decimal factor)
    {
        if (duration.Kind == FeelValueKind.YearsMonthsDuration)
        {
            return FeelValue.YearsMonthsFromTotal((long)decimal.Truncate(duration.TotalMonths * factor));
        }

        var nanos = decimal.Truncate((decimal)duration.AsDaysTime.ToBigIntegerNanoseconds() * factor);
        var days = decimal.Truncate(nanos / NanosPerDay);
        return FeelValue.DaysTime(Duration.FromDays(checked((int)days)) + Duration.FromNanoseconds((long)(nanos - (days * NanosPerDay))));
    }

    private static FeelValue ListEqual(FeelValue[] left, FeelValue[] right)
    {
        if (left.Length != right.Length)
        {
            return FeelValue.False;
        }

        for (var i = 0; i < left.Length; i++)
        {
            var equal = Equal(left[i], right[i]);
            if (!equal.IsTrue)
            {
                return equal;
            }
        }

        return FeelValue.True;
    }

    private static FeelValue ContextEqual(FeelValue left, FeelValue right)
    {
        if (left.ContextEntries.Length != right.ContextEntries.Length)
        {
            return FeelValue.False;
        }

        foreach (var entry in left.ContextEntries)
        {
            if (!right.TryGetEntry(entry.Key, out var other))
            {
                return FeelValue.False;
            }

            var equal = Equal(entry.Value, other);
            if (!equal.IsTrue)
            {
                return equal;
            }
        }

        return FeelValue.True;
    }
}
