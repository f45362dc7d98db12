using System.Net;
using GovWorkflow.Runtime.Persistence;
using GovWorkflow.Server.Audit;
using GovWorkflow.Server.Tests.Cases;
using Microsoft.EntityFrameworkCore;

namespace GovWorkflow.Server.Tests.Hosting;

[Collection(IsolatedServerGroup.Name)]
public sealed class RequestSizeLimitTests
{
    private const string FoodSafetyRules = "FOOD-BUSINESS-PERMIT/food-safety-rules";

    private const long Limit = 1024 * 1024;

    [Fact]
    public async Task Upload_OneByteOverTheRequestLimit_Is413WithAChineseProblemNamingTheLimit_AndAtTheLimitPassesOn()
    {
        await using var server = IsolatedServer.Start("Testing", ("Materials:MaxRequestBytes", Limit.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("Materials:MaxFileBytes", "524288"));
        using var clerk = await server.BearerAsync("clerk.wang");
        var (caseId, _) = await RestaurantCase.ReceiveAsync(clerk);

        using var over = FormOfLength(Limit + 1);
        Assert.Equal(Limit + 1, over.Headers.ContentLength);
        var refused = await clerk.PostAsync($"/api/cases/{caseId}/materials", over);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = await Json.ReadAsync(refused);
        Assert.Equal("request.too-large", problem.GetProperty("code").GetString());
        Assert.Equal("请求体超过上限 1 MB，未予处理。请压缩文件（每个文件不超过 0.5 MB），或分几次上传。", problem.GetProperty("detail").GetString());
        Assert.Empty((await Json.ReadAsync(await clerk.GetAsync($"/api/cases/{caseId}/materials"))).EnumerateArray());
        await using (var log = server.Service<Func<RuntimeDbContext>>()())
        {
            Assert.True(await log.Audit.AnyAsync(a => a.Action == RefusalAudit.Action && a.InstanceId == caseId && a.Detail!.Contains("request.too-large")));
        }

        using var atLimit = FormOfLength(Limit);
        var passed = await clerk.PostAsync($"/api/cases/{caseId}/materials", atLimit);
        Assert.Equal("material.too-large", await Json.CodeAsync(passed));
    }

    /// <summary>A multipart body of exactly <paramref name="length"/> bytes with one PDF.</summary>
    private static MultipartFormDataContent FormOfLength(long length)
    {
        using var probe = Uploads.Form((FoodSafetyRules, "big.pdf", "application/pdf", Uploads.Pdf(1000)));
        var overhead = probe.Headers.ContentLength!.Value - 1000;
        return Uploads.Form((FoodSafetyRules, "big.pdf", "application/pdf", Uploads.Pdf((int)(length - overhead))));
    }
}
