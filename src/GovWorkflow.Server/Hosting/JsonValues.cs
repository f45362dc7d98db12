using System.Globalization;
using System.Text.Json;
using GovWorkflow.Engine.Expressions;

namespace GovWorkflow.Server.Hosting;

/// <summary>JSON request values as plain values (string, bool, decimal, list, map, null) or as FEEL values.</summary>
public static class JsonValues
{
    /// <summary>Every entry of a JSON object as a plain value.</summary>
    public static IReadOnlyDictionary<string, object?> ToPlain(IReadOnlyDictionary<string, JsonElement>? values) =>
        values is null ? new Dictionary<string, object?>(StringComparer.Ordinal) : values.ToDictionary(e => e.Key, e => ToPlain(e.Value), StringComparer.Ordinal);

    /// <summary>One JSON value as a plain value.</summary>
    public static object? ToPlain(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => decimal.Parse(value.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture),
        JsonValueKind.Array => value.EnumerateArray().Select(ToPlain).ToList(),
        JsonValueKind.Object => (IReadOnlyDictionary<string, object?>)value.EnumerateObject().ToDictionary(p => p.Name, p => ToPlain(p.Value), StringComparer.Ordinal),
        _ => null,
    };

    /// <summary>Every entry of a JSON object as a FEEL value.</summary>
    public static IReadOnlyDictionary<string, FeelValue> ToFeel(IReadOnlyDictionary<string, JsonElement>? values) =>
        values is null ? new Dictionary<string, FeelValue>(StringComparer.Ordinal) : values.ToDictionary(e => e.Key, e => ToFeel(e.Value), StringComparer.Ordinal);

    /// <summary>One JSON value as a FEEL value.</summary>
    public static FeelValue ToFeel(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => FeelValue.String(value.GetString()!),
        JsonValueKind.True => FeelValue.Boolean(true),
        JsonValueKind.False => FeelValue.Boolean(false),
        JsonValueKind.Number => FeelValue.Number(decimal.Parse(value.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture)),
        JsonValueKind.Array => FeelValue.List(value.EnumerateArray().Select(ToFeel)),
        JsonValueKind.Object => FeelValue.Context(value.EnumerateObject().Select(p => new KeyValuePair<string, FeelValue>(p.Name, ToFeel(p.Value)))),
        _ => FeelValue.Null,
    };
}
