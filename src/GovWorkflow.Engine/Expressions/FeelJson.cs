using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace GovWorkflow.Engine.Expressions;

/// <summary>Reads and writes FEEL values as JSON, the form in which instance variables are stored.</summary>
/// <remarks>
/// null, booleans, strings, lists (arrays) and contexts (objects, order kept) map naturally; numbers are
/// written with their decimal scale so <c>1.50</c> reads back as <c>1.50</c>. Temporal values are single-key
/// tagged objects: <c>{"$date":"2026-03-02"}</c>, <c>{"$dateTime":"2026-03-02T09:00:00"}</c>,
/// <c>{"$duration":"P3DT4H"}</c>, <c>{"$yearsMonths":"P1Y2M"}</c>. A context key that starts with <c>$</c> is
/// written with one more <c>$</c> (<c>$$date</c>) so that it can never be taken for a tag.
/// </remarks>
public static class FeelJson
{
    private const string DateTag = "$date";
    private const string DateTimeTag = "$dateTime";
    private const string DurationTag = "$duration";
    private const string YearsMonthsTag = "$yearsMonths";

    // Chinese text stays readable in stored variables; HTML-sensitive characters are still escaped.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>Writes <paramref name="value"/> as one JSON value.</summary>
    public static void Write(Utf8JsonWriter writer, FeelValue value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        switch (value.Kind)
        {
            case FeelValueKind.Null:
                writer.WriteNullValue();
                break;
            case FeelValueKind.Boolean:
                writer.WriteBooleanValue(value.AsBoolean);
                break;
            case FeelValueKind.Number:
                writer.WriteRawValue(FeelFormatter.FormatNumber(value.AsNumber), skipInputValidation: true);
                break;
            case FeelValueKind.String:
                writer.WriteStringValue(value.AsString);
                break;
            case FeelValueKind.List:
                writer.WriteStartArray();
                foreach (var item in value.ListItems)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case FeelValueKind.Context:
                WriteContext(writer, value);
                break;
            default:
                WriteTemporal(writer, value);
                break;
        }
    }

    /// <summary>Writes <paramref name="value"/> to a JSON string, leaving Chinese and other non-ASCII letters unescaped.</summary>
    public static string Serialize(FeelValue value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            Write(writer, value);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Reads one JSON value; the reader is on its first token (or before it) and is left on its last token.</summary>
    /// <exception cref="JsonException">The JSON is malformed, a number does not fit a decimal, or a tagged value is invalid.</exception>
    public static FeelValue Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is JsonTokenType.None or JsonTokenType.PropertyName or JsonTokenType.Comment)
        {
            Next(ref reader);
        }

        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return FeelValue.Null;
            case JsonTokenType.True:
                return FeelValue.True;
            case JsonTokenType.False:
                return FeelValue.False;
            case JsonTokenType.Number:
                return reader.TryGetDecimal(out var number) ? FeelValue.Number(number) : throw new JsonException("A JSON number does not fit a FEEL decimal.");
            case JsonTokenType.String:
                return FeelValue.String(reader.GetString()!);
            case JsonTokenType.StartArray:
                return ReadArray(ref reader);
            case JsonTokenType.StartObject:
                return ReadObject(ref reader);
            default:
                throw new JsonException($"Unexpected JSON token {reader.TokenType}.");
        }
    }

    /// <summary>Reads a value from a parsed JSON element.</summary>
    /// <exception cref="JsonException">A number does not fit a decimal, or a tagged value is invalid.</exception>
    public static FeelValue FromElement(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Null or JsonValueKind.Undefined:
                return FeelValue.Null;
            case JsonValueKind.True:
                return FeelValue.True;
            case JsonValueKind.False:
                return FeelValue.False;
            case JsonValueKind.Number:
                return element.TryGetDecimal(out var number) ? FeelValue.Number(number) : throw new JsonException("A JSON number does not fit a FEEL decimal.");
            case JsonValueKind.String:
                return FeelValue.String(element.GetString()!);
            case JsonValueKind.Array:
                var items = new List<FeelValue>(element.GetArrayLength());
                foreach (var item in element.EnumerateArray())
                {
                    items.Add(FromElement(item));
                }

                return FeelValue.FromArray([.. items]);
            default:
                return FromObject(element);
        }
    }

    /// <summary>Parses a JSON text into a value.</summary>
    /// <exception cref="JsonException">The text is not valid JSON or holds an invalid value.</exception>
    public static FeelValue Deserialize(string json)
    {
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json));
        var value = Read(ref reader);
        return reader.Read() ? throw new JsonException("Trailing content after the JSON value.") : value;
    }

    private static FeelValue FromObject(JsonElement element)
    {
        var entries = new List<KeyValuePair<string, FeelValue>>();
        foreach (var property in element.EnumerateObject())
        {
            entries.Add(new KeyValuePair<string, FeelValue>(property.Name, FromElement(property.Value)));
        }

        if (entries.Count == 1 && IsTag(entries[0].Key))
        {
            var tagged = entries[0].Value;
            return tagged.Kind == FeelValueKind.String ? Untag(entries[0].Key, tagged.AsString) : throw new JsonException($"{entries[0].Key} needs a string.");
        }

        return FeelValue.Context(Unescape(entries));
    }

    private static void WriteContext(Utf8JsonWriter writer, FeelValue value)
    {
        writer.WriteStartObject();
        foreach (var (key, entry) in value.ContextEntries)
        {
            writer.WritePropertyName(key.StartsWith('$') ? "$" + key : key);
            Write(writer, entry);
        }

        writer.WriteEndObject();
    }

    private static void WriteTemporal(Utf8JsonWriter writer, FeelValue value)
    {
        writer.WriteStartObject();
        switch (value.Kind)
        {
            case FeelValueKind.Date:
                writer.WriteString(DateTag, FeelTemporal.FormatDate(value.AsDate));
                break;
            case FeelValueKind.DateTime:
                writer.WriteString(DateTimeTag, FeelTemporal.FormatDateTime(value.AsDateTime));
                break;
            case FeelValueKind.DaysTimeDuration:
                writer.WriteString(DurationTag, FeelTemporal.FormatDaysTime(value.AsDaysTime));
                break;
            default:
                writer.WriteString(YearsMonthsTag, FeelTemporal.FormatYearsMonths(value.TotalMonths));
                break;
        }

        writer.WriteEndObject();
    }

    private static FeelValue ReadArray(ref Utf8JsonReader reader)
    {
        var items = new List<FeelValue>();
        while (true)
        {
            Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return FeelValue.FromArray([.. items]);
            }

            items.Add(Read(ref reader));
        }
    }

    private static FeelValue ReadObject(ref Utf8JsonReader reader)
    {
        var entries = new List<KeyValuePair<string, FeelValue>>();
        while (true)
        {
            Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            var key = reader.GetString()!;
            Next(ref reader);
            entries.Add(new KeyValuePair<string, FeelValue>(key, Read(ref reader)));
        }

        if (entries.Count == 1 && IsTag(entries[0].Key))
        {
            var tagged = entries[0].Value;
            return tagged.Kind == FeelValueKind.String ? Untag(entries[0].Key, tagged.AsString) : throw new JsonException($"{entries[0].Key} needs a string.");
        }

        return FeelValue.Context(Unescape(entries));
    }

    private static bool IsTag(string key) => key is DateTag or DateTimeTag or DurationTag or YearsMonthsTag;

    private static FeelValue Untag(string tag, string text)
    {
        FeelValue value;
        switch (tag)
        {
            case DateTag:
                value = FeelTemporal.TryParseDate(text, out var date) ? FeelValue.Date(date) : FeelValue.Null;
                break;
            case DateTimeTag:
                value = FeelTemporal.TryParseDateTime(text, out var dateTime) ? FeelValue.DateTime(dateTime) : FeelValue.Null;
                break;
            default:
                value = FeelTemporal.ParseDuration(text);
                var expected = tag == DurationTag ? FeelValueKind.DaysTimeDuration : FeelValueKind.YearsMonthsDuration;
                value = value.Kind == expected ? value : FeelValue.Null;
                break;
        }

        return value.IsNull ? throw new JsonException($"Invalid {tag} value \"{text}\".") : value;
    }

    private static IEnumerable<KeyValuePair<string, FeelValue>> Unescape(List<KeyValuePair<string, FeelValue>> entries)
    {
        foreach (var (key, value) in entries)
        {
            yield return new KeyValuePair<string, FeelValue>(key.StartsWith("$$", StringComparison.Ordinal) ? key[1..] : key, value);
        }
    }

    private static void Next(ref Utf8JsonReader reader)
    {
        do
        {
            if (!reader.Read())
            {
                throw new JsonException("The JSON ended inside a value.");
            }
        }
        while (reader.TokenType == JsonTokenType.Comment);
    }
}
