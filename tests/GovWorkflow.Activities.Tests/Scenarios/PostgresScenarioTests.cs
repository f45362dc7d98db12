using GovWorkflow.Activities.Scenarios;
using GovWorkflow.Activities.Tests.TestSupport;

namespace GovWorkflow.Activities.Tests.Scenarios;

/// <summary>The same scenarios on the real PostgreSQL server: the case records and the runtime share a database there too.</summary>
public sealed class PostgresScenarioTests
{
    [Theory]
    [InlineData("restaurant-opening", "commitment-check-fails")]
    [InlineData("completion-acceptance", "rectification")]
    public async Task SampleScenario_OnPostgres_GivesTheSameTimelineAsOnSqlite(string bundle, string scenario)
    {
        await using var database = await PostgresTestDatabase.CreateAsync();

        var run = await ScenarioTimelineTests.RunAsync(database.Options, bundle, scenario);

        Golden.AssertMatches(ScenarioTimelineTests.GoldenPath(bundle, scenario), TimelinePrinter.Print(run));
    }
}
