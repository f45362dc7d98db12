using GovWorkflow.Engine.Expressions;
using NodaTime;

namespace GovWorkflow.Engine.Tests.Expressions;

/// <summary>Shorthands for the expression tests.</summary>
internal static class Feel
{
    public static readonly LocalDateTime Now = new(2026, 3, 2, 9, 30, 0);

    public static FeelExpression Parse(string text)
    {
        var result = FeelExpression.Parse(text);
        Assert.True(result.Error is null, $"{text}: {result.Error}");
        return result.Expression!;
    }

    public static FeelEvaluationContext Context(params (string Name, FeelValue Value)[] variables) =>
        new(FeelVariables.From(variables.Select(v => KeyValuePair.Create(v.Name, v.Value))), Now);

    public static FeelValue Eval(string text, params (string Name, FeelValue Value)[] variables) =>
        Parse(text).Evaluate(Context(variables));

    /// <summary>Evaluates and renders in FEEL literal syntax, the easiest form to assert on.</summary>
    public static string Show(string text, params (string Name, FeelValue Value)[] variables) => Eval(text, variables).ToString();

    public static FeelError Error(string text)
    {
        var result = FeelExpression.Parse(text);
        Assert.True(result.Expression is null, $"{text} parsed but should not have");
        return result.Error!;
    }

    public static FeelValue N(decimal value) => FeelValue.Number(value);

    public static FeelValue S(string value) => FeelValue.String(value);

    public static FeelValue L(params FeelValue[] items) => FeelValue.List(items);

    public static FeelValue C(params (string Key, FeelValue Value)[] entries) =>
        FeelValue.Context(entries.Select(e => KeyValuePair.Create(e.Key, e.Value)));
}
