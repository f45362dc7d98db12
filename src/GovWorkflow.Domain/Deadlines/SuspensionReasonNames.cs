namespace GovWorkflow.Domain.Deadlines;

/// <summary>The names people and files use for the Art. 45 procedures: a command-line name, the Chinese name, and the enum's own name.</summary>
public static class SuspensionReasonNames
{
    private static readonly (string Name, SuspensionReason Reason, string Label)[] All =
    [
        ("hearing", SuspensionReason.Hearing, "听证"),
        ("tendering", SuspensionReason.Tendering, "招标"),
        ("auction", SuspensionReason.Auction, "拍卖"),
        ("inspection", SuspensionReason.Inspection, "检验"),
        ("testing", SuspensionReason.Testing, "检测"),
        ("quarantine", SuspensionReason.Quarantine, "检疫"),
        ("appraisal", SuspensionReason.Appraisal, "鉴定"),
        ("expert-review", SuspensionReason.ExpertReview, "专家评审"),
        ("site-inspection", SuspensionReason.SiteInspection, "现场踏勘"),
    ];

    /// <summary>The command-line names, e.g. <c>expert-review</c>.</summary>
    public static IEnumerable<string> Names => All.Select(a => a.Name);

    /// <summary>The Chinese names, e.g. 专家评审.</summary>
    public static IEnumerable<string> Labels => All.Select(a => a.Label);

    /// <summary>Reads a command-line name, a Chinese name (踏勘 too) or the enum's name, ignoring case and surrounding spaces.</summary>
    public static bool TryParse(string? text, out SuspensionReason reason)
    {
        var value = text?.Trim() ?? string.Empty;
        foreach (var entry in All)
        {
            if (string.Equals(entry.Name, value, StringComparison.OrdinalIgnoreCase)
                || string.Equals(entry.Label, value, StringComparison.Ordinal)
                || string.Equals(entry.Reason.ToString(), value, StringComparison.OrdinalIgnoreCase))
            {
                reason = entry.Reason;
                return true;
            }
        }

        reason = SuspensionReason.SiteInspection;
        return value == "踏勘";
    }

    /// <summary>The Chinese name.</summary>
    public static string Label(SuspensionReason reason) => All.First(a => a.Reason == reason).Label;
}
