using GovWorkflow.Domain.Deadlines;
using NodaTime;

namespace GovWorkflow.Domain.Cases;

/// <summary>办件: one application and everything decided about it so far.</summary>
/// <remarks>Immutable: every activity makes a new file from the old one, and the store saves it with the timeline line in one transaction.</remarks>
public sealed record CaseFile
{
    /// <summary>办件编号 (the workflow instance id).</summary>
    public required string Id { get; init; }

    /// <summary>The 一件事 bundle code.</summary>
    public required string BundleCode { get; init; }

    /// <summary>申请人.</summary>
    public required Applicant Applicant { get; init; }

    /// <summary>When the window received the materials (收件).</summary>
    public required Instant ReceivedAt { get; init; }

    /// <summary>Every material the bundle's items require, with its state.</summary>
    public required IReadOnlyList<CaseMaterial> Materials { get; init; }

    /// <summary>Where the case stands.</summary>
    public CaseStatus Status { get; init; } = CaseStatus.Received;

    /// <summary>The day of acceptance (受理), from which the statutory clock counts; null before.</summary>
    public LocalDate? AcceptedOn { get; init; }

    /// <summary>How it was accepted.</summary>
    public AcceptanceKind? Acceptance { get; init; }

    /// <summary>The correction notice of the current round of materials, if one was issued.</summary>
    public CorrectionNotice? Notice { get; init; }

    /// <summary>
    /// The materials the first correction notice named (一次性告知): a later notice may name only these (a correction
    /// that is itself defective), never a material the first one missed.
    /// </summary>
    public IReadOnlyList<string> NoticedMaterials { get; init; } = [];

    /// <summary>联合验收: each inspecting department's latest result (true: passed).</summary>
    public IReadOnlyDictionary<string, bool> Inspections { get; init; } = new Dictionary<string, bool>(StringComparer.Ordinal);

    /// <summary>The 容缺 commitment, if accepted so.</summary>
    public TolerantAcceptance? Tolerant { get; init; }

    /// <summary>Art. 45 suspensions; the last has no end while it lasts.</summary>
    public IReadOnlyList<SuspensionInterval> Suspensions { get; init; } = [];

    /// <summary>Whether an Art. 42 extension was approved.</summary>
    public bool ExtensionGranted { get; init; }

    /// <summary>Items approved on the applicant's written commitment (告知承诺), to be checked later.</summary>
    public IReadOnlyList<string> CommittedItems { get; init; } = [];

    /// <summary>The decision, once made.</summary>
    public CaseDecision? Decision { get; init; }

    /// <summary>Numbers of the certificates (electronic licences) issued for the case.</summary>
    public IReadOnlyList<string> Certificates { get; init; } = [];

    /// <summary>The day the clock stopped: the decision, or the end of a refused, withdrawn or revoked case.</summary>
    public LocalDate? StoppedOn { get; init; }

    /// <summary>The day the result was handed out.</summary>
    public LocalDate? DeliveredOn { get; init; }

    /// <summary>The applicant's rating.</summary>
    public Rating? Rating { get; init; }

    /// <summary>The day of the rating, in the business time zone (null for files rated before it was recorded).</summary>
    public LocalDate? RatedOn { get; init; }

    /// <summary>The stored version this file was read at (optimistic concurrency); 0 for a new case.</summary>
    public long Version { get; init; }

    /// <summary>Whether the Art. 45 clock is suspended now.</summary>
    public bool IsSuspended => Suspensions.Count > 0 && Suspensions[^1].To is null;

    /// <summary>The statutory clock's request for this case, or null before acceptance.</summary>
    public DeadlineRequest? DeadlineRequest(DeadlinePolicy policy) =>
        AcceptedOn is { } accepted ? new DeadlineRequest(policy, accepted, ExtensionGranted, Suspensions) : null;
}
