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

    /// <summary>The procedure named, or expert review when none is named; the desk refuses an unknown name before it gets here.</summary>
    public static SuspensionReason Parse(string? text) => TryParse(text, out var reason) ? reason : SuspensionReason.ExpertReview;

    /// <summary>Reads a Chinese or English name; null reads as expert review.</summary>
    public static bool TryParse(string? text, out SuspensionReason reason)
    {
        if (text is null)
        {
            reason = SuspensionReason.ExpertReview;
            return true;
        }

        if (Chinese.TryGetValue(text.Trim(), out reason))
        {
            return true;
        }

        return Enum.TryParse(text.Trim(), ignoreCase: true, out reason) && Enum.IsDefined(reason);
    }

    /// <summary>The Chinese names, for messages.</summary>
    public static string Names => string.Join("、", Chinese.Keys);

    public static string Name(SuspensionReason reason) => Chinese.First(e => e.Value == reason).Key;
}
