using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using GovWorkflow.Runtime.Persistence;
using GovWorkflow.Server.Cases;
using GovWorkflow.Server.Tests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovWorkflow.Server.Tests.Cases;

/// <summary>Runs on both databases: <see cref="OnSqlite"/> and <see cref="OnPostgres"/>.</summary>
public abstract class MaterialUploadTests(ServerFixture server)
{
    [Collection(ServerGroup.Name)]
    public sealed class OnSqlite(SqliteServerFixture server) : MaterialUploadTests(server);

    [Collection(PostgresServerGroup.Name)]
    public sealed class OnPostgres(PostgresServerFixture server) : MaterialUploadTests(server);

    private const string FoodSafetyRules = "FOOD-BUSINESS-PERMIT/food-safety-rules";

    [Fact]
    public async Task Applicant_SuppliesTheTolerantMaterial_StoredUnderAServerName_WithItsSha256()
    {
        using var clerk = await server.BearerAsync("clerk.wang");
        var (caseId, _) = await RestaurantCase.ReceiveAsync(clerk);
        await Window.DecideAsync(clerk, caseId, new { decision = "accept" });
        using var applicant = await server.BearerAsync("applicant.haowei");
        var content = Uploads.Pdf(4096);

        var uploaded = await Uploads.PostAsync(applicant, caseId, (FoodSafetyRules, "../../../etc/passwd.pdf", "application/pdf", content));

        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var body = await Json.ReadAsync(uploaded);
        Assert.Equal("materials-supplied", body.GetProperty("message").GetString());
        var stored = body.GetProperty("files")[0];
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), stored.GetProperty("sha256").GetString());
        Assert.Equal("passwd.pdf", stored.GetProperty("fileName").GetString());
        Assert.Equal(4096, stored.GetProperty("size").GetInt64());
        Assert.Equal("applicant.haowei", stored.GetProperty("uploadedBy").GetString());
        var name = stored.GetProperty("storedName").GetString()!;
        Assert.Matches(new Regex("^" + Regex.Escape(caseId) + "-[0-9a-f]{32}\\.pdf$", RegexOptions.None, TimeSpan.FromSeconds(1)), name);
        var storage = server.Factory.Services.GetRequiredService<MaterialStorage>();
        Assert.Equal(content, await File.ReadAllBytesAsync(Path.Combine(storage.Folder, name)));

        var listed = await Json.ReadAsync(await applicant.GetAsync($"/api/cases/{caseId}/materials"));
        Assert.Contains(listed.EnumerateArray(), f => f.GetProperty("storedName").GetString() == name);
        var timeline = await Json.ReadAsync(await applicant.GetAsync($"/api/cases/{caseId}/timeline"));
        Assert.Contains(timeline.EnumerateArray(), l => l.GetProperty("action").GetString() == "message.materials-supplied");
        await using var log = server.Factory.Services.GetRequiredService<Func<RuntimeDbContext>>()();
        var audit = await log.Audit.AsNoTracking().SingleAsync(a => a.InstanceId == caseId && a.Action == "material.upload");
        Assert.Equal("applicant.haowei", audit.Actor);
        Assert.Contains(stored.GetProperty("sha256").GetString()!, audit.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clerk_UploadsCorrectedMaterial_TheCaseGoesBackToTheMaterialCheck()
    {
        using var clerk = await server.BearerAsync("clerk.wang");
        var caseId = await Window.ReceiveAsync(clerk, RestaurantCase.Submitted.Where(k => k != "BUSINESS-LICENCE/operator-id"));
        await Window.DecideAsync(clerk, caseId, new { decision = "correct" });

        var uploaded = await Uploads.PostAsync(clerk, caseId, ("BUSINESS-LICENCE/operator-id", "身份证.jpg", "image/jpeg", Uploads.Jpeg()), (FoodSafetyRules, "制度.png", "image/png", Uploads.Png()));

        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var body = await Json.ReadAsync(uploaded);
        Assert.Equal("materials-corrected", body.GetProperty("message").GetString());
        Assert.True(Window.Has(body.GetProperty("openTasks"), "checkMaterials"));
        Assert.Equal(2, body.GetProperty("files").GetArrayLength());
        Assert.EndsWith(".jpg", body.GetProperty("files")[0].GetProperty("storedName").GetString(), StringComparison.Ordinal);
        var accepted = await Window.DecideAsync(clerk, caseId, new { decision = "accept" });
        Assert.Equal("Regular", (await Json.ReadAsync(accepted)).GetProperty("acceptance").GetString());
    }

    [Fact]
    public async Task Upload_OverTheSizeLimit_Is413()
    {
        var caseId = await ReceivedAsync();
        using var clerk = await server.BearerAsync("clerk.wang");

        var refused = await Uploads.PostAsync(clerk, caseId, (FoodSafetyRules, "big.pdf", "application/pdf", Uploads.Pdf((10 * 1024 * 1024) + 1)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
        var problem = await Json.ReadAsync(refused);
        Assert.Equal("material.too-large", problem.GetProperty("code").GetString());
        Assert.Equal("文件过大", problem.GetProperty("title").GetString());
        Assert.Empty((await Json.ReadAsync(await clerk.GetAsync($"/api/cases/{caseId}/materials"))).EnumerateArray());
    }

    [Theory]
    [InlineData("text/plain", false)]
    [InlineData("application/pdf", false)]
    [InlineData("image/png", true)]
    public async Task Upload_OfAnotherType_OrContentNotMatchingTheDeclaredType_Is415(string declared, bool pdfContent)
    {
        var caseId = await ReceivedAsync();
        using var clerk = await server.BearerAsync("clerk.wang");
        var content = pdfContent ? Uploads.Pdf() : "MZ\x90\0 this is not a PDF"u8.ToArray();

        var refused = await Uploads.PostAsync(clerk, caseId, (FoodSafetyRules, "file.pdf", declared, content));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, refused.StatusCode);
        var problem = await Json.ReadAsync(refused);
        Assert.Equal("material.type-unsupported", problem.GetProperty("code").GetString());
        Assert.Equal("文件类型不受支持", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Upload_UnderAKeyTheCaseDoesNotNeed_Is422()
    {
        var caseId = await ReceivedAsync();
        using var clerk = await server.BearerAsync("clerk.wang");

        var refused = await Uploads.PostAsync(clerk, caseId, ("../../secret", "a.pdf", "application/pdf", Uploads.Pdf()));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("material.key-unknown", await Json.CodeAsync(refused));
    }

    [Theory]
    [InlineData("applicant.zhang")]
    [InlineData("scjgj.li")]
    public async Task Upload_ByAnotherApplicantOrAnApprover_Is403(string user)
    {
        var caseId = await ReceivedAsync();
        using var other = await server.BearerAsync(user);

        var refused = await Uploads.PostAsync(other, caseId, (FoodSafetyRules, "a.pdf", "application/pdf", Uploads.Pdf()));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("case.not-yours", await Json.CodeAsync(refused));
    }

    [Fact]
    public async Task MaterialList_OfAnotherApplicant_Is403_StaffMayRead()
    {
        var caseId = await ReceivedAsync();
        using var stranger = await server.BearerAsync("applicant.zhang");
        using var approver = await server.BearerAsync("scjgj.li");

        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.GetAsync($"/api/cases/{caseId}/materials")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await approver.GetAsync($"/api/cases/{caseId}/materials")).StatusCode);
    }

    [Fact]
    public async Task Upload_BeforeTheCheck_IsRecordedWithoutAMessage()
    {
        var caseId = await ReceivedAsync();
        using var applicant = await server.BearerAsync("applicant.haowei");

        var uploaded = await Uploads.PostAsync(applicant, caseId, (FoodSafetyRules, "rules.pdf", "application/pdf; charset=binary", Uploads.Pdf()));

        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await Json.ReadAsync(uploaded)).GetProperty("message").ValueKind);
    }

    private async Task<string> ReceivedAsync()
    {
        using var clerk = await server.BearerAsync("clerk.wang");
        return (await RestaurantCase.ReceiveAsync(clerk)).CaseId;
    }
}
