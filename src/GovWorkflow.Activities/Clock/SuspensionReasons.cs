using GovWorkflow.Domain.Deadlines;

namespace GovWorkflow.Activities.Clock;

/// <summary>Reads an Art. 45 procedure from a message variable: its English name or its Chinese name.</summary>
internal static class SuspensionReasons
{
    private static readonly Dictionary<string, SuspensionReason> Chinese = new(StringComparer.Ordinal)
    {
        ["听证"] = SuspensionReason.Hearing,
        ["招标"] = SuspensionReason.Tendering,
        ["拍卖"] = SuspensionReason.Auction,
        ["检验"] = SuspensionReason.Inspection,
        ["检测"] = SuspensionReason.Testing,
        ["检疫"] = SuspensionReason.Quarantine,
        ["鉴定"] = SuspensionReason.Appraisal,
        ["专家评审"] = SuspensionReason.ExpertReview,
        ["现场踏勘"] = SuspensionReason.SiteInspection,
        ["踏勘"] = SuspensionReason.SiteInspection,
    };

    public static SuspensionReason Parse(string? text) =>
        text is null ? SuspensionReason.ExpertReview
        : Chinese.TryGetValue(text, out var reason) ? reason
        : Enum.TryParse<SuspensionReason>(text, ignoreCase: true, out var named) ? named
        : SuspensionReason.ExpertReview;

    public static string Name(SuspensionReason reason) => Chinese.First(e => e.Value == reason).Key;
}
