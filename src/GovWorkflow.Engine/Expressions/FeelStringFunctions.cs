using System.Text;

namespace GovWorkflow.Engine.Expressions;

/// <summary>The string built-ins; lengths and positions count Unicode code points, as FEEL requires.</summary>
internal static class FeelStringFunctions
{
    public static FeelValue ToStringValue(FeelValue value) =>
        value.IsNull ? FeelValue.Null : FeelValue.String(FeelFormatter.ToFeelString(value));

    public static FeelValue Length(FeelValue value) =>
        value.Kind == FeelValueKind.String ? FeelValue.Number(CountRunes(value.AsString)) : FeelValue.Null;

    public static FeelValue Substring(ReadOnlySpan<FeelValue> arguments)
    {
        if (arguments[0].Kind != FeelValueKind.String || !IsInteger(arguments[1], out var start)
            || (arguments.Length == 3 && !IsInteger(arguments[2], out _)))
        {
            return FeelValue.Null;
        }

        var runes = ToRunes(arguments[0].AsString);
        var from = start > 0 ? start - 1 : runes.Length + start;
        if (start == 0 || from < 0 || from > runes.Length)
        {
            return start == 0 || from < 0 ? FeelValue.Null : FeelValue.String(string.Empty);
        }

        var count = runes.Length - from;
        if (arguments.Length == 3)
        {
            var length = (long)arguments[2].AsNumber;
            if (length < 0)
            {
                return FeelValue.Null;
            }

            count = (int)Math.Min(count, length);
        }

        return FeelValue.String(Join(runes.AsSpan((int)from, (int)count)));
    }

    public static FeelValue Before(FeelValue value, FeelValue match) => WithStrings(value, match, static (s, m) =>
    {
        var at = s.IndexOf(m, StringComparison.Ordinal);
        return at < 0 ? string.Empty : s[..at];
    });

    public static FeelValue After(FeelValue value, FeelValue match) => WithStrings(value, match, static (s, m) =>
    {
        var at = s.IndexOf(m, StringComparison.Ordinal);
        return at < 0 ? string.Empty : s[(at + m.Length)..];
    });

    public static FeelValue Upper(FeelValue value) =>
        value.Kind == FeelValueKind.String ? FeelValue.String(value.AsString.ToUpperInvariant()) : FeelValue.Null;

    public static FeelValue Lower(FeelValue value) =>
        value.Kind == FeelValueKind.String ? FeelValue.String(value.AsString.ToLowerInvariant()) : FeelValue.Null;

    public static FeelValue Contains(FeelValue value, FeelValue match) =>
        Test(value, match, static (s, m) => s.Contains(m, StringComparison.Ordinal));

    public static FeelValue StartsWith(FeelValue value, FeelValue match) =>
        Test(value, match, static (s, m) => s.StartsWith(m, StringComparison.Ordinal));

    public static FeelValue EndsWith(FeelValue value, FeelValue match) =>
        Test(value, match, static (s, m) => s.EndsWith(m, StringComparison.Ordinal));

    /// <summary><c>string join(list, delimiter?)</c>: null items are skipped; any other non-string makes the result null.</summary>
    public static FeelValue Join(ReadOnlySpan<FeelValue> arguments)
    {
        if (arguments[0].Kind != FeelValueKind.List || (arguments.Length == 2 && arguments[1].Kind is not (FeelValueKind.String or FeelValueKind.Null)))
        {
            return FeelValue.Null;
        }

        var delimiter = arguments.Length == 2 && !arguments[1].IsNull ? arguments[1].AsString : string.Empty;
        var text = new StringBuilder();
        var first = true;
        foreach (var item in arguments[0].ListItems)
        {
            if (item.IsNull)
            {
                continue;
            }

            if (item.Kind != FeelValueKind.String)
            {
                return FeelValue.Null;
            }

            text.Append(first ? string.Empty : delimiter).Append(item.AsString);
            first = false;
        }

        return FeelValue.String(text.ToString());
    }

    private static FeelValue Test(FeelValue value, FeelValue match, Func<string, string, bool> test) =>
        value.Kind == FeelValueKind.String && match.Kind == FeelValueKind.String
            ? FeelValue.Boolean(test(value.AsString, match.AsString))
            : FeelValue.Null;

    private static FeelValue WithStrings(FeelValue value, FeelValue match, Func<string, string, string> apply) =>
        value.Kind == FeelValueKind.String && match.Kind == FeelValueKind.String
            ? FeelValue.String(apply(value.AsString, match.AsString))
            : FeelValue.Null;

    private static bool IsInteger(FeelValue value, out long integer)
    {
        integer = 0;
        if (value.Kind != FeelValueKind.Number || value.AsNumber != decimal.Truncate(value.AsNumber) || Math.Abs(value.AsNumber) > int.MaxValue)
        {
            return false;
        }

        integer = (long)value.AsNumber;
        return true;
    }

    private static int CountRunes(string text)
    {
        var count = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            _ = rune;
            count++;
        }

        return count;
    }

    private static Rune[] ToRunes(string text)
    {
        var runes = new Rune[CountRunes(text)];
        var i = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            runes[i++] = rune;
        }

        return runes;
    }

    private static string Join(ReadOnlySpan<Rune> runes)
    {
        var text = new StringBuilder(runes.Length);
        foreach (var rune in runes)
        {
            text.Append(rune.ToString());
        }

        return text.ToString();
    }
}
