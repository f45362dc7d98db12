using System.Buffers;
using System.Globalization;

namespace GovWorkflow.Engine.Expressions;

/// <summary>The number built-ins.</summary>
internal static class FeelNumberFunctions
{
    private const int MaxScale = 28;
    private static readonly SearchValues<char> NumberCharacters = SearchValues.Create("0123456789.");

    /// <summary><c>number("12.5")</c>: an optional minus, digits and an optional fraction; anything else (grouping, exponents) gives null.</summary>
    public static FeelValue Parse(FeelValue value)
    {
        if (value.Kind == FeelValueKind.Number)
        {
            return value;
        }

        if (value.Kind != FeelValueKind.String)
        {
            return FeelValue.Null;
        }

        var text = value.AsString;
        var body = text.StartsWith('-') ? text.AsSpan(1) : text.AsSpan();
        if (body.IsEmpty || body[0] == '.' || body[^1] == '.' || body.ContainsAnyExcept(NumberCharacters)
            || !decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return FeelValue.Null;
        }

        return FeelValue.Number(number);
    }

    public static FeelValue Abs(FeelValue value) =>
        value.Kind == FeelValueKind.Number ? FeelValue.Number(Math.Abs(value.AsNumber)) : FeelValue.Null;

    /// <summary><c>floor</c>, <c>ceiling</c> and <c>decimal</c>: rounding to a scale of 0 to 28 digits.</summary>
    public static FeelValue Round(ReadOnlySpan<FeelValue> arguments, MidpointRounding mode)
    {
        if (arguments[0].Kind != FeelValueKind.Number)
        {
            return FeelValue.Null;
        }

        var scale = 0;
        if (arguments.Length == 2)
        {
            var s = arguments[1];
            if (s.Kind != FeelValueKind.Number || s.AsNumber != decimal.Truncate(s.AsNumber) || s.AsNumber < 0 || s.AsNumber > MaxScale)
            {
                return FeelValue.Null;
            }

            scale = (int)s.AsNumber;
        }

        return FeelValue.Number(decimal.Round(arguments[0].AsNumber, scale, mode));
    }

    /// <summary><c>modulo(a, b)</c> = <c>a - b * floor(a / b)</c>: the sign follows the divisor.</summary>
    public static FeelValue Modulo(FeelValue dividend, FeelValue divisor)
    {
        if (dividend.Kind != FeelValueKind.Number || divisor.Kind != FeelValueKind.Number || divisor.AsNumber == 0m)
        {
            return FeelValue.Null;
        }

        var remainder = dividend.AsNumber % divisor.AsNumber;
        if (remainder != 0m && (remainder < 0m) != (divisor.AsNumber < 0m))
        {
            remainder += divisor.AsNumber;
        }

        return FeelValue.Number(remainder);
    }
}
