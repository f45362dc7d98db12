using GovWorkflow.Runtime.Persistence;
using GovWorkflow.Runtime.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace GovWorkflow.Runtime.Tests.Definitions;

public sealed class DefinitionServiceTests : SqliteRuntimeTests
{
    [Fact]
    public async Task ADraft_StartsNothingUntilPublished()
    {
        var draft = await Harness.Definitions.UploadDraftAsync(RuntimeHarness.Fixture("sequence"), "sequence.bpmn", "designer");
        Assert.True(draft.Succeeded);
        Assert.Equal(DefinitionStatus.Draft, draft.Definition!.Status);

        var early = await Harness.Runtime.StartAsync("sequence", RuntimeHarness.Vars(("department", "D"), ("approver", "a")), "clerk", "c1");
        Assert.Equal("runtime.process-not-published", early.Code);

        var published = await Harness.Definitions.PublishDraftAsync("sequence", 1, "designer");
        Assert.True(published.Succeeded);
        await Harness.StartAsync("sequence", "c1", ("department", "D"), ("approver", "a"));

        var again = await Harness.Definitions.PublishDraftAsync("sequence", 1, "designer");
        Assert.Equal("definition.not-a-draft", Assert.Single(again.Problems).Code);
    }

    [Fact]
    public async Task ADraftThatDoesNotCompile_StaysADraft_WithItsProblems()
    {
        var xml = RuntimeHarness.Fixture("sequence").Replace("gov:activity=\"RegisterCase\"", string.Empty, StringComparison.Ordinal);
        Assert.True((await Harness.Definitions.UploadDraftAsync(xml, "sequence.bpmn", "designer")).Succeeded);

        var published = await Harness.Definitions.PublishDraftAsync("sequence", 1, "designer");

        Assert.False(published.Succeeded);
        Assert.Contains(published.Problems, p => p.ElementId == "register");
        await using var context = Harness.NewContext();
        Assert.Equal(DefinitionStatus.Draft, (await context.Definitions.SingleAsync()).Status);
    }

    [Fact]
    public async Task ARetiredVersion_StartsNothingNew_ButItsInstancesRunOn()
    {
        await Harness.PublishAsync("sequence");
        await Harness.StartAsync("sequence", "c1", ("department", "D"), ("approver", "a"));

        Assert.True(await Harness.Definitions.RetireAsync("sequence", 1, "designer"));
        Assert.False(await Harness.Definitions.RetireAsync("sequence", 1, "designer"));

        Assert.Equal("runtime.process-not-published", (await Harness.Runtime.StartAsync("sequence", RuntimeHarness.Vars(), "clerk", "c2")).Code);
        Assert.True((await Harness.CompleteAsync("c1", "receive")).Succeeded);
    }
}
