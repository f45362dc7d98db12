using GovWorkflow.Domain.Cases;
using GovWorkflow.Domain.Errors;
using GovWorkflow.Engine.Expressions;

namespace GovWorkflow.Activities.Desk;

/// <summary>
/// What each task form (<c>gov:formKey</c>) must decide before the workflow sees it: a missing or malformed decision
/// would take a gateway's default, which on these chains is the harsh branch (不予许可, 撤销).
/// </summary>
internal static class DecisionForms
{
    private static readonly string[] MaterialChecks = ["complete", "correctable", "refuse"];

    /// <summary>The first problem with the decision, or null.</summary>
    public static DomainError? Check(string? formKey, IReadOnlyDictionary<string, FeelValue> decision) => formKey switch
    {
        "material-check" => OneOf(decision, "materialCheck", MaterialChecks, "complete（齐全）、correctable（需补正）或 refuse（不予受理）")
            ?? (Text(decision, "materialCheck") == "refuse" ? RequiredText(decision, "refusalReason", "不予受理须写明理由") : null),
        "review" => Flag(decision, "approved", "准予（true）或不予许可（false）")
            ?? (decision["approved"].AsBoolean ? null : RequiredText(decision, "refusalReason", "不予许可须写明理由")),
        "inspection" => Flag(decision, "passed", "验收合格（true）或不合格（false）"),
        "extension" => Flag(decision, "extensionApproved", "同意延期（true）或不同意（false）"),
        "post-check" => Flag(decision, "postCheckPassed", "核查属实（true）或承诺不实（false）"),
        "rating" => decision.TryGetValue("rating", out var score) && score.Kind == FeelValueKind.Number && RatingScale.TryFromScore((long)score.AsNumber, out _, out _)
            ? null
            : Error("rating", "评价等级应为 1（非常不满意）到 5（非常满意）"),
        _ => null,
    };

    private static string? Text(IReadOnlyDictionary<string, FeelValue> decision, string name) =>
        decision.TryGetValue(name, out var value) && value.Kind == FeelValueKind.String ? value.AsString : null;

    private static DomainError? OneOf(IReadOnlyDictionary<string, FeelValue> decision, string name, string[] allowed, string what) =>
        Text(decision, name) is { } text && allowed.Contains(text, StringComparer.Ordinal) ? null : Error(name, "应为 " + what);

    private static DomainError? Flag(IReadOnlyDictionary<string, FeelValue> decision, string name, string what) =>
        decision.TryGetValue(name, out var value) && value.Kind == FeelValueKind.Boolean ? null : Error(name, "应为 " + what);

    private static DomainError? RequiredText(IReadOnlyDictionary<string, FeelValue> decision, string name, string why) =>
        string.IsNullOrWhiteSpace(Text(decision, name)) ? Error(name, why) : null;

    private static DomainError Error(string field, string rule) => new(
        "desk.decision-invalid",
        $"办理结论 {field} {rule}：请补全后再提交。",
        $"The decision's {field} is missing or invalid.",
        new SourceLocation(Field: field));
}
