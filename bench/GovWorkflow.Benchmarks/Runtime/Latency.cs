using System.Diagnostics;

namespace GovWorkflow.Benchmarks.Runtime;

/// <summary>Percentiles of a set of timings, in milliseconds (nearest-rank).</summary>
internal sealed record Latency(int Count, double P50, double P95, double P99, double Max)
{
    public static Latency Of(List<long> stopwatchTicks)
    {
        var sorted = stopwatchTicks.Select(t => t * 1000.0 / Stopwatch.Frequency).Order().ToArray();
        double Rank(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new Latency(sorted.Length, Rank(0.50), Rank(0.95), Rank(0.99), sorted[^1]);
    }
}
