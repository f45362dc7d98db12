using GovWorkflow.Activities.Scenarios;
using GovWorkflow.Activities.Tests.TestSupport;
using GovWorkflow.Domain.Scenarios;

namespace GovWorkflow.Activities.Tests.Scenarios;

/// <summary><c>govwf simulate</c>'s engine: in-memory runs of a scenario with drawn delays, reproducible by seed.</summary>
public sealed class SimulatorTests
{
    [Fact]
    public async Task OneRun_WithoutRandomness_MatchesTheDurableRunsTimeline()
    {
        var (simulator, scenario) = Load("restaurant-opening", "tolerant-supplied");

        var summary = await simulator.RunAsync(scenario, 1, seed: 1, startOn: null, progress: null, CancellationToken.None);

        var single = Assert.Single(summary.Cases);
        Assert.True(single.Decided);
        Assert.Equal(6, single.WorkingDaysUsed);
        Assert.Equal(15, single.PromisedLimit);
        Assert.Equal(30, single.StatutoryLimit);
        Assert.Equal(1, single.Warnings);
        Assert.Equal("已出件", single.Outcome);
    }

    [Fact]
    public async Task ManyRuns_SameSeed_GiveTheSameReport()
    {
        var (simulator, scenario) = Load("restaurant-opening", "tolerant-supplied");

        var first = await simulator.RunAsync(scenario, 60, seed: 42, startOn: null, progress: null, CancellationToken.None);
        var second = await simulator.RunAsync(scenario, 60, seed: 42, startOn: null, progress: null, CancellationToken.None);

        Assert.Equal(first.ToString(), second.ToString());
        Assert.Equal(60, first.Cases.Count);
        Assert.InRange(first.P50, 1, first.P95);
    }

    [Fact]
    public async Task ManyRuns_LateSupplies_AreRevokedAndCountedAsUndecided()
    {
        var (simulator, scenario) = Load("restaurant-opening", "tolerant-supplied");

        var summary = await simulator.RunAsync(scenario, 200, seed: 7, startOn: null, progress: null, CancellationToken.None);

        // The scenario draws the supply up to 9 working days after acceptance against a 5-day commitment.
        Assert.Contains(summary.Outcomes, o => o.Outcome == "已撤销受理" && o.Count > 0);
        Assert.Contains(summary.Outcomes, o => o.Outcome == "已出件" && o.Count > 0);
        Assert.Equal(summary.Cases.Count(c => !c.Decided), summary.Undecided);
        Assert.All(summary.Cases.Where(c => c.Outcome == "已撤销受理"), c => Assert.True(c.SkippedSteps > 0));
    }

    [Fact]
    public async Task Progress_HearsOfEveryRun()
    {
        var (simulator, scenario) = Load("newborn", "standard");
        var heard = new List<int>();

        await simulator.RunAsync(scenario, 5, seed: 1, startOn: new NodaTime.LocalDate(2026, 9, 28), progress: new Recorder(heard), CancellationToken.None);

        Assert.Equal([1, 2, 3, 4, 5], heard);
    }

    private static (Simulator Simulator, Scenario Scenario) Load(string bundle, string scenario)
    {
        var samples = SampleBundles.Load(bundle);
        var (loaded, errors) = ScenarioLoader.Load(SampleBundles.ScenarioPath(bundle, scenario));
        Assert.True(loaded is not null, string.Join('\n', errors));
        return (new Simulator(samples, SampleBundles.Clock), loaded);
    }

    private sealed class Recorder(List<int> heard) : IProgress<int>
    {
        public void Report(int value) => heard.Add(value);
    }
}
