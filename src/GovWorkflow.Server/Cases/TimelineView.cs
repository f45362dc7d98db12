using GovWorkflow.Domain.Cases;
using GovWorkflow.Server.Hosting;

namespace GovWorkflow.Server.Cases;

/// <summary>One line of a case's timeline.</summary>
/// <param name="At">When (ISO 8601, UTC).</param>
/// <param name="Actor">Who.</param>
/// <param name="Action">What, as a stable key.</param>
/// <param name="Text">What, in Chinese.</param>
/// <param name="Clock">The statutory clock at that moment, in Chinese.</param>
public sealed record TimelineView(string At, string Actor, string Action, string Text, string Clock)
{
    /// <summary>The view of an entry.</summary>
    public static TimelineView Of(TimelineEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new TimelineView(Iso.Format(entry.At), entry.Actor, entry.Action, entry.Text, entry.Clock.ToString());
    }
}
