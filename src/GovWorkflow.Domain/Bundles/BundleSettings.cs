using GovWorkflow.Domain.Calendar;
using GovWorkflow.Domain.Cases;

namespace GovWorkflow.Domain.Bundles;

/// <summary>The chain's periods and options, with the defaults of common practice.</summary>
public sealed record BundleSettings
{
    /// <summary>Working days an applicant has to correct after the notice; after them the application counts as withdrawn.</summary>
    public WorkingDays CorrectionPeriod { get; init; } = new(10);

    /// <summary>The longest period a 容缺 applicant may promise to supply the missing materials in.</summary>
    public WorkingDays TolerantPeriod { get; init; } = TolerantAcceptanceRules.DefaultMaximumPeriod;

    /// <summary>Working days a 差评's follow-up is due in.</summary>
    public WorkingDays FollowUpPeriod { get; init; } = RatingScale.DefaultFollowUpPeriod;

    /// <summary>Working days after delivery at which a 告知承诺 post-check (核查) falls due.</summary>
    public WorkingDays PostCheckPeriod { get; init; } = new(20);

    /// <summary>
    /// Single (default: each item decided by its department in parallel, the case's statutory limit is the longest
    /// item's, +10 on extension) or joint (统一办理、联合办理, Art. 42 para. 2: 45 working days, +15).
    /// </summary>
    public Deadlines.HandlingMode Handling { get; init; } = Deadlines.HandlingMode.SingleDepartment;

    /// <summary>Whether the certificates are issued as one combined industry licence (一业一证).</summary>
    public bool CombinedLicence { get; init; }

    /// <summary>Further start variables of the workflow (e.g. the inspecting departments of a joint acceptance).</summary>
    public IReadOnlyList<KeyValuePair<string, object?>> Variables { get; init; } = [];
}
