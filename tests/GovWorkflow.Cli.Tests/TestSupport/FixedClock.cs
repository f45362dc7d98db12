using NodaTime;

namespace GovWorkflow.Cli.Tests.TestSupport;

/// <summary>A clock that always answers the same instant (NodaTime.Testing is not available here).</summary>
internal sealed class FixedClock(Instant now) : IClock
{
    public Instant GetCurrentInstant() => now;
}
