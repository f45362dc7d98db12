using BenchmarkDotNet.Attributes;
using GovWorkflow.Activities.Samples;
using GovWorkflow.Activities.Scenarios;
using GovWorkflow.Benchmarks.Engine;
using GovWorkflow.Domain.Calendar;
using GovWorkflow.Domain.Deadlines;
using GovWorkflow.Domain.Scenarios;

namespace GovWorkflow.Benchmarks.Scenarios;

/// <summary>
/// <c>govwf simulate</c> of 开办餐饮店一件事 (scenario tolerant-supplied): 1,000 randomized runs in memory, each a whole
/// case — receipt, 容缺, parallel reviews, extension, supply, decision, 一业一证, delivery, rating, follow-up.
/// Target: under 10 seconds.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 1, iterationCount: 5)]
public class SimulateBenchmarks
{
    private Simulator simulator = null!;
    private Scenario scenario = null!;

    [GlobalSetup]
    public void Setup()
    {
        var bundle = Path.Combine(BenchPaths.Repository, "samples", "bundles", "restaurant-opening");
        var (samples, errors) = SampleSet.Load(bundle);
        scenario = ScenarioLoader.Load(Path.Combine(bundle, "scenarios", "tolerant-supplied.yaml")).Scenario
            ?? throw new InvalidOperationException("The sample scenario does not load.");
        simulator = new Simulator(samples ?? throw new InvalidOperationException(string.Join('\n', errors)), new StatutoryClock(HolidayCalendarLoader.LoadBuiltIn(), new DeadlineOptions()));
    }

    [Benchmark]
    public Task<SimulationSummary> Simulate1000Runs() => simulator.RunAsync(scenario, 1000, seed: 7, startOn: null, progress: null, CancellationToken.None);
}
