namespace GovWorkflow.Engine.Expressions;

/// <summary>The built-in functions by name; the parser resolves calls here once, so evaluation never looks a name up.</summary>
internal static class FeelBuiltins
{
    private const int Many = int.MaxValue;
    private static readonly Dictionary<string, FeelFunction> Functions = Create();
    private static readonly HashSet<string> Prefixes = CreatePrefixes();

    /// <summary>The names of all built-in functions.</summary>
    public static IEnumerable<string> Names => Functions.Keys;

    public static bool TryGet(string name, out FeelFunction? function) => Functions.TryGetValue(name, out function);

    public static bool IsFunction(string name) => Functions.ContainsKey(name);

    /// <summary>Whether <paramref name="words"/> is the first word or words of a built-in whose name has spaces.</summary>
    public static bool IsMultiWordPrefix(string words) => Prefixes.Contains(words);

    private static Dictionary<string, FeelFunction> Create()
    {
        FeelFunction[] all =
        [
            new("not", 1, 1, static (a, _) => FeelOperations.Not(a[0])),
            new("string", 1, 1, static (a, _) => FeelStringFunctions.ToStringValue(a[0])),
            new("number", 1, 1, static (a, _) => FeelNumberFunctions.Parse(a[0])),
            new("string length", 1, 1, static (a, _) => FeelStringFunctions.Length(a[0])),
            new("substring", 2, 3, static (a, _) => FeelStringFunctions.Substring(a)),
            new("substring before", 2, 2, static (a, _) => FeelStringFunctions.Before(a[0], a[1])),
            new("substring after", 2, 2, static (a, _) => FeelStringFunctions.After(a[0], a[1])),
            new("upper case", 1, 1, static (a, _) => FeelStringFunctions.Upper(a[0])),
            new("lower case", 1, 1, static (a, _) => FeelStringFunctions.Lower(a[0])),
            new("contains", 2, 2, static (a, _) => FeelStringFunctions.Contains(a[0], a[1])),
            new("starts with", 2, 2, static (a, _) => FeelStringFunctions.StartsWith(a[0], a[1])),
            new("ends with", 2, 2, static (a, _) => FeelStringFunctions.EndsWith(a[0], a[1])),
            new("string join", 1, 2, static (a, _) => FeelStringFunctions.Join(a)),
            new("count", 1, 1, static (a, _) => FeelListFunctions.Count(a[0])),
            new("sum", 1, Many, static (a, _) => FeelListFunctions.Sum(a)),
            new("min", 1, Many, static (a, _) => FeelListFunctions.Extreme(a, -1)),
            new("max", 1, Many, static (a, _) => FeelListFunctions.Extreme(a, 1)),
            new("mean", 1, Many, static (a, _) => FeelListFunctions.Mean(a)),
            new("all", 1, Many, static (a, _) => FeelListFunctions.All(a)),
            new("any", 1, Many, static (a, _) => FeelListFunctions.Any(a)),
            new("list contains", 2, 2, static (a, _) => FeelListFunctions.ListContains(a[0], a[1])),
            new("append", 1, Many, static (a, _) => FeelListFunctions.Append(a)),
            new("distinct values", 1, 1, static (a, _) => FeelListFunctions.Distinct(a[0])),
            new("reverse", 1, 1, static (a, _) => FeelListFunctions.Reverse(a[0])),
            new("index of", 2, 2, static (a, _) => FeelListFunctions.IndexOf(a[0], a[1])),
            new("flatten", 1, 1, static (a, _) => FeelListFunctions.Flatten(a[0])),
            new("abs", 1, 1, static (a, _) => FeelNumberFunctions.Abs(a[0])),
            new("floor", 1, 2, static (a, _) => FeelNumberFunctions.Round(a, MidpointRounding.ToNegativeInfinity)),
            new("ceiling", 1, 2, static (a, _) => FeelNumberFunctions.Round(a, MidpointRounding.ToPositiveInfinity)),
            new("decimal", 2, 2, static (a, _) => FeelNumberFunctions.Round(a, MidpointRounding.ToEven)),
            new("modulo", 2, 2, static (a, _) => FeelNumberFunctions.Modulo(a[0], a[1])),
            new("date", 1, 3, static (a, _) => FeelTemporalFunctions.Date(a)),
            new("date and time", 1, 1, static (a, _) => FeelTemporalFunctions.DateTime(a[0])),
            new("duration", 1, 1, static (a, _) => FeelTemporalFunctions.Duration(a[0])),
            new("years and months duration", 2, 2, static (a, _) => FeelTemporalFunctions.YearsAndMonths(a[0], a[1])),
            new("today", 0, 0, static (_, c) => FeelValue.Date(c.Now.Date)),
            new("now", 0, 0, static (_, c) => FeelValue.DateTime(c.Now)),
        ];
        return all.ToDictionary(f => f.Name, StringComparer.Ordinal);
    }

    private static HashSet<string> CreatePrefixes()
    {
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in Functions.Keys)
        {
            for (var space = name.IndexOf(' ', StringComparison.Ordinal); space > 0; space = name.IndexOf(' ', space + 1))
            {
                prefixes.Add(name[..space]);
            }
        }

        return prefixes;
    }
}
