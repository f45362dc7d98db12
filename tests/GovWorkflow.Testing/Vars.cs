using GovWorkflow.Engine.Expressions;

namespace GovWorkflow.Testing;

/// <summary>Short ways to write FEEL variables in tests.</summary>
public static class Vars
{
    /// <summary>No variables.</summary>
    public static readonly IReadOnlyDictionary<string, FeelValue> None = new Dictionary<string, FeelValue>(StringComparer.Ordinal);

    /// <summary>Variables from name and value pairs (bool, int, decimal, string, string[] or a <see cref="FeelValue"/>).</summary>
    public static Dictionary<string, FeelValue> Of(params (string Name, object? Value)[] entries)
    {
        var result = new Dictionary<string, FeelValue>(StringComparer.Ordinal);
        foreach (var (name, value) in entries)
        {
            result[name] = Value(value);
        }

        return result;
    }

    /// <summary>One value as FEEL.</summary>
    public static FeelValue Value(object? value) => value switch
    {
        null => FeelValue.Null,
        FeelValue feel => feel,
        bool b => FeelValue.Boolean(b),
        int i => FeelValue.Number(i),
        decimal d => FeelValue.Number(d),
        string s => FeelValue.String(s),
        string[] list => FeelValue.List(list.Select(FeelValue.String)),
        _ => throw new ArgumentException("No FEEL value for " + value.GetType().Name, nameof(value)),
    };
}
