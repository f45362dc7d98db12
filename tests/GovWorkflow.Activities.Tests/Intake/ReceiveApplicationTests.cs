using GovWorkflow.Activities.Tests.TestSupport;
using GovWorkflow.Domain.Cases;
using GovWorkflow.Engine.Expressions;

namespace GovWorkflow.Activities.Tests.Intake;

public sealed class ReceiveApplicationTests
{
    [Fact]
    public async Task Receive_LicencesHeldAndIssuedInTheBundle_AreExemptedAndOnlyTheRestCounted()
    {
        var bench = new HandlerBench();

        var result = await bench.ReceiveAsync(HandlerBench.At(3, 2), "BUSINESS-LICENCE/application-form");

        var file = (await bench.Store.FindCaseAsync("H-1", CancellationToken.None))!;
        Assert.True(result.Variables["applicantValid"].AsBoolean);
        Assert.Equal(MaterialState.Exempted, file.Materials.Single(m => m.Key == "BUSINESS-LICENCE/premises-proof").State);
        Assert.Equal("BDC-2024-DC-000381", file.Materials.Single(m => m.Key == "BUSINESS-LICENCE/premises-proof").LicenseNumber);
        Assert.Equal(Domain.Cases.MaterialIntake.BundleIssued, file.Materials.Single(m => m.Key == "FOOD-BUSINESS-PERMIT/business-licence").LicenseNumber);
        Assert.Equal(4m, result.Variables["exempted"].AsNumber);
        Assert.Equal(3m, result.Variables["missingTolerable"].AsNumber);
    }

    [Fact]
    public async Task Receive_RunTwiceForOneJob_ReportsTheSavedResultAndWritesOneLine()
    {
        var bench = new HandlerBench();
        var handler = bench.Handler("ReceiveApplication");
        var request = bench.Request("ReceiveApplication", HandlerBench.At(3, 2), new Dictionary<string, FeelValue>(StringComparer.Ordinal)
        {
            ["bundle"] = FeelValue.String("restaurant-opening"),
            ["applicant"] = FeelValue.Context([new("id", FeelValue.String("91110101MA01C5XK3A")), new("name", FeelValue.String("好味餐饮"))]),
        }, jobId: 5);

        var first = await handler.RunAsync(request, CancellationToken.None);
        var second = await handler.RunAsync(request, CancellationToken.None);

        Assert.Equal(first.Variables.OrderBy(v => v.Key).Select(v => (v.Key, FeelJson.Serialize(v.Value))), second.Variables.OrderBy(v => v.Key).Select(v => (v.Key, FeelJson.Serialize(v.Value))));
        Assert.Single(await bench.Store.TimelineAsync("H-1", CancellationToken.None));
    }

    [Fact]
    public async Task Receive_InvalidCreditCode_IsRecordedAndReportedInvalid()
    {
        var bench = new HandlerBench();
        var result = await bench.Handler("ReceiveApplication").RunAsync(bench.Request("ReceiveApplication", HandlerBench.At(3, 2), new Dictionary<string, FeelValue>(StringComparer.Ordinal)
        {
            ["bundle"] = FeelValue.String("restaurant-opening"),
            ["applicant"] = FeelValue.Context([new("id", FeelValue.String("91110101MA01C5XK3B")), new("name", FeelValue.String("好味餐饮"))]),
        }), CancellationToken.None);

        Assert.False(result.Variables["applicantValid"].AsBoolean);
        Assert.Equal(CaseStatus.Refused, (await bench.Store.FindCaseAsync("H-1", CancellationToken.None))!.Status);
        Assert.Contains("identity.uscc", (await bench.Store.TimelineAsync("H-1", CancellationToken.None))[0].Text, StringComparison.Ordinal);
    }
}
