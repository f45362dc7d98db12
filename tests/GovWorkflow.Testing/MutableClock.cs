using NodaTime;

namespace GovWorkflow.Testing;

/// <summary>A clock the test moves by hand (NodaTime.Testing is not available here).</summary>
public sealed class MutableClock(Instant now) : IClock
{
    /// <summary>The instant the clock answers.</summary>
    public Instant Now { get; set; } = now;

    /// <summary>Moves the clock forward.</summary>
    public void Advance(Duration duration) => Now += duration;

    /// <inheritdoc />
    public Instant GetCurrentInstant() => Now;
}
