using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using GovWorkflow.Server.Cases;
using GovWorkflow.Server.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace GovWorkflow.Server.Tests.Cases;

/// <summary>Runs on both databases: <see cref="OnSqlite"/> and <see cref="OnPostgres"/>.</summary>
public abstract class MaterialDownloadTests(ServerFixture server)
{
    [Collection(ServerGroup.Name)]
    public sealed class OnSqlite(SqliteServerFixture server) : MaterialDownloadTests(server);

    [Collection(PostgresServerGroup.Name)]
    public sealed class OnPostgres(PostgresServerFixture server) : MaterialDownloadTests(server);

    private const string FoodSafetyRules = "FOOD-BUSINESS-PERMIT/food-safety-rules";

    [Theory]
    [InlineData("applicant.haowei")]
    [InlineData("clerk.wang")]
    [InlineData("clerk.liu")]
    [InlineData("cgj.zhao")]
    [InlineData("supervisor.zhou")]
    [InlineData("admin")]
    public async Task Download_ByThoseWhoMaySeeTheCase_StreamsTheBytes_AsAnAttachmentWithTheChineseName(string user)
    {
        var content = Uploads.Pdf(3000);
        var (caseId, stored) = await UploadedAsync(content, "食品安全管理制度.pdf");
        using var client = await server.BearerAsync(user);

        var response = await client.GetAsync(Url(stored));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(content, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Contains("filename*=UTF-8''%E9%A3%9F%E5%93%81%E5%AE%89%E5%85%A8%E7%AE%A1%E7%90%86%E5%88%B6%E5%BA%A6.pdf", disposition.ToString(), StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal($"\"{Convert.ToHexStringLower(SHA256.HashData(content))}\"", response.Headers.ETag?.Tag);
        Assert.StartsWith($"/api/cases/{caseId}/materials/", stored.GetProperty("contentUrl").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Download_WithTheSameETag_Is304()
    {
        var (_, stored) = await UploadedAsync(Uploads.Png(), "招牌.png");
        using var applicant = await server.BearerAsync("applicant.haowei");
        using var request = new HttpRequestMessage(HttpMethod.Get, Url(stored));
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue($"\"{stored.GetProperty("sha256").GetString()}\""));

        var response = await applicant.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    [Theory]
    [InlineData("applicant.zhang", "case.not-yours")]
    [InlineData("gaj.ma", "case.other-department")]
    [InlineData("designer.qian", "case.not-yours")]
    public async Task Download_ByAnotherApplicant_AnApproverOfAnotherDepartment_OrADesigner_Is403(string user, string code)
    {
        var (_, stored) = await UploadedAsync(Uploads.Pdf(), "a.pdf");
        using var client = await server.BearerAsync(user);

        var refused = await client.GetAsync(Url(stored));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(code, await Json.CodeAsync(refused));
    }

    [Fact]
    public async Task Download_Anonymous_Is401_AndAFileOfAnotherCase_Is404()
    {
        var (_, stored) = await UploadedAsync(Uploads.Pdf(), "a.pdf");
        var (otherCase, _) = await UploadedAsync(Uploads.Pdf(), "b.pdf");
        using var anonymous = server.Anonymous();
        using var admin = await server.BearerAsync("admin");

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(Url(stored))).StatusCode);
        var elsewhere = await admin.GetAsync($"/api/cases/{otherCase}/materials/{stored.GetProperty("id").GetInt64()}/content");
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
        Assert.Equal("material.not-found", await Json.CodeAsync(elsewhere));
    }

    [Fact]
    public async Task Download_OfAFileChangedOnDisk_IsAProblem_NotTheWrongBytes()
    {
        var content = Uploads.Pdf(2048);
        var (_, stored) = await UploadedAsync(content, "a.pdf");
        var storage = server.Factory.Services.GetRequiredService<MaterialStorage>();
        var path = storage.PathOf(stored.GetProperty("storedName").GetString()!);
        var changed = (byte[])content.Clone();
        changed[^1] ^= 0x01;
        await File.WriteAllBytesAsync(path, changed);
        using var clerk = await server.BearerAsync("clerk.wang");

        var refused = await clerk.GetAsync(Url(stored));

        Assert.Equal(HttpStatusCode.InternalServerError, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal("material.corrupted", await Json.CodeAsync(refused));
        File.Delete(path);
        Assert.Equal("material.corrupted", await Json.CodeAsync(await clerk.GetAsync(Url(stored))));
    }

    private static string Url(System.Text.Json.JsonElement stored) => stored.GetProperty("contentUrl").GetString()!;

    private async Task<(string CaseId, System.Text.Json.JsonElement Stored)> UploadedAsync(byte[] content, string fileName)
    {
        using var clerk = await server.BearerAsync("clerk.wang");
        var (caseId, _) = await RestaurantCase.ReceiveAsync(clerk);
        var type = fileName.EndsWith(".png", StringComparison.Ordinal) ? "image/png" : "application/pdf";
        var uploaded = await Uploads.PostAsync(clerk, caseId, (FoodSafetyRules, fileName, type, content));
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        return (caseId, (await Json.ReadAsync(uploaded)).GetProperty("files")[0]);
    }
}
