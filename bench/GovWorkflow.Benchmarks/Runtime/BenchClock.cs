using NodaTime;

namespace GovWorkflow.Benchmarks.Runtime;

/// <summary>The runtime's clock in the benchmarks: a fixed instant, so that runs are repeatable and nothing becomes due while measuring.</summary>
internal sealed class BenchClock(Instant now) : IClock
{
    public Instant Now { get; } = now;

    public Instant GetCurrentInstant() => Now;
}
