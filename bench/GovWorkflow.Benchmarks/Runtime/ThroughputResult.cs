namespace GovWorkflow.Benchmarks.Runtime;

/// <summary>Completions per second of the runtime and of the raw-write floor, one value per measured repetition.</summary>
internal sealed record ThroughputResult(string Database, int Workers, int CompletionsPerRepetition, IReadOnlyList<double> Engine, IReadOnlyList<double> Floor, double CommandsPerCompletion, double EngineCpuMs, double FloorCpuMs)
{
    public double EngineMedian => Median(Engine);

    public double FloorMedian => Median(Floor);

    /// <summary>Cost of a completion through the runtime over the cost of the floor's writes (time per completion, so floor rate over engine rate).</summary>
    public double Ratio => FloorMedian / EngineMedian;

    private static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
