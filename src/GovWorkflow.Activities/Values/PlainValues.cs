using GovWorkflow.Engine.Expressions;

namespace GovWorkflow.Activities.Values;

/// <summary>Plain data from files (YAML scenarios, bundles) as FEEL values, and back for printing.</summary>
internal static class PlainValues
{
    /// <summary>Converts booleans, whole and decimal numbers, text, lists and mappings; anything else is refused.</summary>
    public static FeelValue ToFeel(object? value) => value switch
    {
        null => FeelValue.Null,
        FeelValue feel => feel,
        bool b => FeelValue.Boolean(b),
        int i => FeelValue.Number(i),
        long l => FeelValue.Number(l),
        decimal d => FeelValue.Number(d),
        string s => FeelValue.String(s),
        IReadOnlyDictionary<string, object?> map => FeelValue.Context(map.Select(e => new KeyValuePair<string, FeelValue>(e.Key, ToFeel(e.Value)))),
        System.Collections.IEnumerable list => FeelValue.List(list.Cast<object?>().Select(ToFeel)),
        _ => throw new ArgumentException("No FEEL value for " + value.GetType().Name, nameof(value)),
    };

    /// <summary>Converts name–value pairs into process variables.</summary>
    public static Dictionary<string, FeelValue> ToVariables(IEnumerable<KeyValuePair<string, object?>> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var result = new Dictionary<string, FeelValue>(StringComparer.Ordinal);
        foreach (var (name, value) in values)
        {
            result[name] = ToFeel(value);
        }

        return result;
    }
}
