using GovWorkflow.Domain.Deadlines;

namespace GovWorkflow.Cli.Hosting;

/// <summary>Command-line names and Chinese labels of the Art. 45 procedures.</summary>
internal static class SuspensionReasons
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

    public static IEnumerable<string> Names => All.Select(a => a.Name);

    public static bool TryParse(string name, out SuspensionReason reason)
    {
        foreach (var entry in All)
        {
            if (string.Equals(entry.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                reason = entry.Reason;
                return true;
            }
        }

        reason = default;
        return false;
    }

    public static string Label(SuspensionReason reason) => All.First(a => a.Reason == reason).Label;
}
