using NodaTime;

namespace GovWorkflow.Testing;

/// <summary>A clock that always answers the same instant (NodaTime.Testing is not available here).</summary>
public sealed class FixedClock(Instant now) : IClock
{
    /// <inheritdoc />
    public Instant GetCurrentInstant() => now;
}
