using System.Diagnostics.CodeAnalysis;

namespace GovWorkflow.Engine.Expressions;

/// <summary>An immutable set of variables held in a dictionary.</summary>
public sealed class FeelVariables : IFeelVariables
{
    private readonly Dictionary<string, FeelValue> values;

    private FeelVariables(Dictionary<string, FeelValue> values)
    {
        this.values = values;
    }

    /// <summary>No variables at all.</summary>
    public static FeelVariables Empty { get; } = new(new Dictionary<string, FeelValue>(StringComparer.Ordinal));

    /// <summary>Variables copied from <paramref name="values"/>; a repeated name keeps the last value.</summary>
    public static FeelVariables From(IEnumerable<KeyValuePair<string, FeelValue>> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var copy = new Dictionary<string, FeelValue>(StringComparer.Ordinal);
        foreach (var (name, value) in values)
        {
            ArgumentNullException.ThrowIfNull(name, nameof(values));
            copy[name] = value ?? throw new ArgumentException($"Variable {name} has no value; use FeelValue.Null.", nameof(values));
        }

        return new FeelVariables(copy);
    }

    /// <inheritdoc/>
    public bool TryGet(string name, [NotNullWhen(true)] out FeelValue? value) => values.TryGetValue(name, out value);
}
