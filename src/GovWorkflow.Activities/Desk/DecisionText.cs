using System.Globalization;
using GovWorkflow.Domain.Cases;
using GovWorkflow.Engine.Expressions;

namespace GovWorkflow.Activities.Desk;

/// <summary>A person's decision (the variables of a completed task) in the words of the timeline.</summary>
internal static class DecisionText
{
    private static readonly Dictionary<string, string> Remarks = new(StringComparer.Ordinal)
    {
        ["comment"] = "意见",
        ["extensionReason"] = "延期理由",
        ["suspensionReason"] = "事由",
        ["refusalReason"] = "不予许可理由",
    };

    public static string Of(IReadOnlyDictionary<string, FeelValue> variables)
    {
        var parts = new List<string>();
        // Decisions first, remarks (意见、理由) after them.
        foreach (var (name, value) in variables.OrderBy(v => Remarks.ContainsKey(v.Key)).ThenBy(v => v.Key, StringComparer.Ordinal))
        {
            parts.Add((name, value.Kind, value.Kind == FeelValueKind.Boolean && value.AsBoolean) switch
            {
                ("approved", FeelValueKind.Boolean, true) => "准予",
                ("approved", FeelValueKind.Boolean, false) => "不予许可",
                ("passed", FeelValueKind.Boolean, true) => "验收合格",
                ("passed", FeelValueKind.Boolean, false) => "验收不合格，需整改",
                ("extensionApproved", FeelValueKind.Boolean, true) => "同意延期",
                ("extensionApproved", FeelValueKind.Boolean, false) => "不同意延期",
                ("postCheckPassed", FeelValueKind.Boolean, true) => "核查属实",
                ("postCheckPassed", FeelValueKind.Boolean, false) => "核查发现承诺不实",
                ("materialCheck", FeelValueKind.String, _) => value.AsString switch
                {
                    "complete" => "材料齐全",
                    "correctable" => "材料需补正",
                    _ => "不予受理",
                },
                ("rating", FeelValueKind.Number, _) => "评价：" + RatingScale.ChineseName((Rating)(int)value.AsNumber),
                (_, FeelValueKind.String, _) when Remarks.TryGetValue(name, out var label) => label + "：" + value.AsString,
                ("defects", _, _) => "不符合要求：" + string.Join("；", value.Kind == FeelValueKind.Context ? value.AsContext.Select(e => $"{e.Key} {(e.Value.Kind == FeelValueKind.String ? e.Value.AsString : "不符合要求")}") : []),
                _ => string.Create(CultureInfo.InvariantCulture, $"{name} = {FeelJson.Serialize(value)}"),
            });
        }

        return parts.Count == 0 ? "办结" : string.Join("，", parts);
    }
}
