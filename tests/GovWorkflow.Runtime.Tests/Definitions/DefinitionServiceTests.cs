using GovWorkflow.Runtime.Persistence;
using GovWorkflow.Runtime.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace GovWorkflow.Runtime.Tests.Definitions;

public sealed class DefinitionServiceTests : IAsyncLifetime
{
    private SqliteDatabase database = null!;
    private RuntimeHarness harness = null!;

    public async Task InitializeAsync()
    {
        database = await SqliteDatabase.CreateMigratedAsync();
        harness = new RuntimeHarness(database);
    }

    public Task DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task ADraft_StartsNothingUntilPublished()
    {
        var draft = await harness.Definitions.UploadDraftAsync(RuntimeHarness.Fixture("sequence"), "sequence.bpmn", "designer");
        Assert.True(draft.Succeeded);
        Assert.Equal(DefinitionStatus.Draft, draft.Definition!.Status);

        var early = await harness.Runtime.StartAsync("sequence", RuntimeHarness.Vars(("department", "D"), ("approver", "a")), "clerk", "c1");
        Assert.Equal("runtime.process-not-published", early.Code);

        var published = await harness.Definitions.PublishDraftAsync("sequence", 1, "designer");
        Assert.True(published.Succeeded);
        await harness.StartAsync("sequence", "c1", ("department", "D"), ("approver", "a"));

        var again = await harness.Definitions.PublishDraftAsync("sequence", 1, "designer");
        Assert.Equal("definition.not-a-draft", Assert.Single(again.Problems).Code);
    }

    [Fact]
    public async Task ADraftThatDoesNotCompile_StaysADraft_WithItsProblems()
    {
        var xml = RuntimeHarness.Fixture("sequence").Replace("gov:activity=\"RegisterCase\"", string.Empty, StringComparison.Ordinal);
        Assert.True((await harness.Definitions.UploadDraftAsync(xml, "sequence.bpmn", "designer")).Succeeded);

        var published = await harness.Definitions.PublishDraftAsync("sequence", 1, "designer");

        Assert.False(published.Succeeded);
        Assert.Contains(published.Problems, p => p.ElementId == "register");
        await using var context = harness.NewContext();
        Assert.Equal(DefinitionStatus.Draft, (await context.Definitions.SingleAsync()).Status);
    }

    [Fact]
    public async Task ARetiredVersion_StartsNothingNew_ButItsInstancesRunOn()
    {
        await harness.PublishAsync("sequence");
        await harness.StartAsync("sequence", "c1", ("department", "D"), ("approver", "a"));

        Assert.True(await harness.Definitions.RetireAsync("sequence", 1, "designer"));
        Assert.False(await harness.Definitions.RetireAsync("sequence", 1, "designer"));

        Assert.Equal("runtime.process-not-published", (await harness.Runtime.StartAsync("sequence", RuntimeHarness.Vars(), "clerk", "c2")).Code);
        Assert.True((await harness.CompleteAsync("c1", "receive")).Succeeded);
    }
}
