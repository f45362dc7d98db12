using GovWorkflow.Activities.Scenarios;
using GovWorkflow.Activities.Tests.TestSupport;
using GovWorkflow.Domain.Scenarios;
using GovWorkflow.Runtime.Persistence;
using NodaTime;

namespace GovWorkflow.Activities.Tests.Scenarios;

/// <summary>Every sample scenario runs end to end through the durable runtime on SQLite; its case timeline is a golden file.</summary>
public sealed class ScenarioTimelineTests
{
    public static TheoryData<string, string> Scenarios => SampleBundles.AllScenarios();

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task SampleScenario_OnTheDurableRuntime_MatchesItsGoldenTimeline(string bundle, string scenario)
    {
        using var data = new TempDirectory();

        var run = await RunAsync(new DatabaseOptions { DataFolder = data.Path }, bundle, scenario);

        Golden.AssertMatches(GoldenPath(bundle, scenario), TimelinePrinter.Print(run));
    }

    internal static string GoldenPath(string bundle, string scenario) =>
        Path.Combine(RepositoryPaths.Root, "tests", "GovWorkflow.Activities.Tests", "Scenarios", "Timelines", $"{bundle}.{scenario}.verified.txt");

    internal static async Task<ScenarioRun> RunAsync(DatabaseOptions database, string bundle, string scenario)
    {
        var samples = SampleBundles.Load(bundle);
        var (loaded, errors) = ScenarioLoader.Load(SampleBundles.ScenarioPath(bundle, scenario));
        Assert.True(loaded is not null, string.Join('\n', errors));
        var cases = await DurableCases.OpenAsync(database, samples, SampleBundles.Clock, new TravelClock(Instant.MinValue));
        return await cases.Runner.RunAsync(samples.Bundle, loaded);
    }
}
