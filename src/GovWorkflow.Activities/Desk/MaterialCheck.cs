using GovWorkflow.Domain.Cases;
using GovWorkflow.Domain.Catalog;
using GovWorkflow.Engine.Expressions;

namespace GovWorkflow.Activities.Desk;

/// <summary>The window's material check must agree with the materials and with the one-time notice rule.</summary>
internal static class MaterialCheck
{
    /// <summary>The defects the check names: <c>{ "ITEM/code": "问题" }</c>.</summary>
    public static IReadOnlyDictionary<string, string> Defects(IReadOnlyDictionary<string, FeelValue> decision) =>
        decision.TryGetValue("defects", out var found) && found.Kind == FeelValueKind.Context
            ? found.AsContext.ToDictionary(e => e.Key, e => e.Value.Kind == FeelValueKind.String ? e.Value.AsString : "不符合要求", StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>
    /// 齐全 with a required material lacking (a tolerable one too when bad credit bars 容缺) is refused; so is 补正 with
    /// nothing to correct, and a second notice naming a material the first one missed (一次性告知, Art. 32).
    /// </summary>
    public static DeskResult? Refusal(IReadOnlyDictionary<string, FeelValue> decision, CaseFile file, bool badCredit)
    {
        var check = decision.TryGetValue("materialCheck", out var value) && value.Kind == FeelValueKind.String ? value.AsString : null;
        var materials = MaterialIntake.MarkDefective(file.Materials, Defects(decision));
        var lacking = materials.Where(m => m.IsLacking).ToList();
        var blocking = lacking.Where(m => badCredit || m.Importance == MaterialImportance.Primary || !m.Tolerable || m.State == MaterialState.Defective).ToList();
        var unnoticed = file.NoticedMaterials.Count == 0 ? [] : lacking.Where(m => !file.NoticedMaterials.Contains(m.Key, StringComparer.Ordinal)).ToList();
        return check switch
        {
            "complete" when blocking.Count > 0 => DeskResult.Refused(
                "desk.materials-lacking",
                $"材料审查结论为“齐全”，但仍缺：{Names(blocking)}{(badCredit ? "（申请人有失信记录，不适用容缺受理）" : string.Empty)}。请先补正，或选择“需补正”出具一次性告知。",
                "Materials are still lacking."),
            "correctable" when lacking.Count == 0 => DeskResult.Refused(
                "desk.nothing-to-correct",
                "材料没有缺少或不符合要求的，无需补正：请选择“齐全”受理，或在 defects 中写明不符合要求的材料。",
                "Nothing to correct."),
            "correctable" when unnoticed.Count > 0 => DeskResult.Refused(
                "desk.second-notice",
                $"一次性告知原则（行政许可法第三十二条）：{Names(unnoticed)} 不在首次告知的清单中，不得再次要求补正。请受理，或依法不予受理。",
                "A second notice may name only materials of the first one."),
            _ => null,
        };
    }

    private static string Names(IEnumerable<CaseMaterial> materials) => string.Join("、", materials.Select(m => $"{m.Name}（{m.Key}）"));
}
