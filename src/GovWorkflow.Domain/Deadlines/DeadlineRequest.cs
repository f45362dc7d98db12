using NodaTime;

namespace GovWorkflow.Domain.Deadlines;

/// <summary>What the statutory clock needs to know about one case.</summary>
/// <param name="Policy">The item's limits.</param>
/// <param name="AcceptedOn">The day of acceptance (受理), or of deemed acceptance under Art. 32.</param>
/// <param name="ExtensionGranted">Whether the head approved an extension (延期, Art. 42).</param>
/// <param name="Suspensions">Art. 45 intervals; may touch or overlap.</param>
public sealed record DeadlineRequest(
    DeadlinePolicy Policy,
    LocalDate AcceptedOn,
    bool ExtensionGranted,
    IReadOnlyList<SuspensionInterval> Suspensions)
{
    /// <summary>A request with no extension and no suspension.</summary>
    public DeadlineRequest(DeadlinePolicy policy, LocalDate acceptedOn)
        : this(policy, acceptedOn, ExtensionGranted: false, Suspensions: [])
    {
    }
}
