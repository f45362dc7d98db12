using System.Globalization;
using System.Text;

namespace GovWorkflow.Engine.Expressions;

/// <summary>Text of values: FEEL literal syntax for <see cref="FeelValue.ToString"/>, and the FEEL <c>string()</c> conversion.</summary>
internal static class FeelFormatter
{
    public static string Format(FeelValue value)
    {
        var text = new StringBuilder();
        Append(text, value, literal: true);
        return text.ToString();
    }

    /// <summary>The FEEL <c>string(x)</c> of a non-null value: strings unquoted, temporal values as bare ISO text.</summary>
    public static string ToFeelString(FeelValue value)
    {
        if (value.Kind == FeelValueKind.String)
        {
            return value.AsString;
        }

        var text = new StringBuilder();
        Append(text, value, literal: false);
        return text.ToString();
    }

    public static string FormatNumber(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Append(StringBuilder text, FeelValue value, bool literal)
    {
        switch (value.Kind)
        {
            case FeelValueKind.Null:
                text.Append("null");
                break;
            case FeelValueKind.Boolean:
                text.Append(value.AsBoolean ? "true" : "false");
                break;
            case FeelValueKind.Number:
                text.Append(FormatNumber(value.AsNumber));
                break;
            case FeelValueKind.String:
                AppendString(text, value.AsString);
                break;
            case FeelValueKind.List:
                AppendList(text, value, literal);
                break;
            case FeelValueKind.Context:
                AppendContext(text, value, literal);
                break;
            default:
                AppendTemporal(text, value, literal);
                break;
        }
    }

    private static void AppendTemporal(StringBuilder text, FeelValue value, bool literal)
    {
        var (function, iso) = value.Kind switch
        {
            FeelValueKind.Date => ("date", FeelTemporal.FormatDate(value.AsDate)),
            FeelValueKind.DateTime => ("date and time", FeelTemporal.FormatDateTime(value.AsDateTime)),
            FeelValueKind.DaysTimeDuration => ("duration", FeelTemporal.FormatDaysTime(value.AsDaysTime)),
            _ => ("duration", FeelTemporal.FormatYearsMonths(value.TotalMonths)),
        };
        if (literal)
        {
            text.Append(function).Append('(');
            AppendString(text, iso);
            text.Append(')');
        }
        else
        {
            text.Append(iso);
        }
    }

    private static void AppendList(StringBuilder text, FeelValue value, bool literal)
    {
        text.Append('[');
        var items = value.ListItems;
        for (var i = 0; i < items.Length; i++)
        {
            if (i > 0)
            {
                text.Append(", ");
            }

            Append(text, items[i], literal);
        }

        text.Append(']');
    }

    private static void AppendContext(StringBuilder text, FeelValue value, bool literal)
    {
        text.Append('{');
        var entries = value.ContextEntries;
        for (var i = 0; i < entries.Length; i++)
        {
            if (i > 0)
            {
                text.Append(", ");
            }

            if (FeelNames.IsPlainName(entries[i].Key))
            {
                text.Append(entries[i].Key);
            }
            else
            {
                AppendString(text, entries[i].Key);
            }

            text.Append(": ");
            Append(text, entries[i].Value, literal);
        }

        text.Append('}');
    }

    private static void AppendString(StringBuilder text, string value)
    {
        text.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    text.Append("\\\"");
                    break;
                case '\\':
                    text.Append("\\\\");
                    break;
                case '\n':
                    text.Append("\\n");
                    break;
                case '\r':
                    text.Append("\\r");
                    break;
                case '\t':
                    text.Append("\\t");
                    break;
                default:
                    if (char.IsControl(c) || char.IsSurrogate(c) && !IsPaired(value, c))
                    {
                        text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        text.Append('"');
    }

    // Lone surrogates are escaped so the literal stays valid UTF-16 text; pairs are kept as they are.
    private static bool IsPaired(string value, char c) => value.Length > 1 && (char.IsHighSurrogate(c) || char.IsLowSurrogate(c)) && HasNoLoneSurrogates(value);

    private static bool HasNoLoneSurrogates(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return false;
            }
        }

        return true;
    }
}
