using NodaTime;

namespace GovWorkflow.Activities.Scenarios;

/// <summary>A clock a scenario moves forward by hand (time travel over the business calendar): nothing waits.</summary>
/// <remarks>Never moves back, so instants written in order stay in order.</remarks>
public sealed class TravelClock(Instant start) : IClock
{
    private Instant now = start;

    /// <inheritdoc />
    public Instant GetCurrentInstant() => now;

    /// <summary>Moves to <paramref name="instant"/>, or stays when it is earlier.</summary>
    public void MoveTo(Instant instant)
    {
        if (instant > now)
        {
            now = instant;
        }
    }
}
