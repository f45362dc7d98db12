using System.Net;
using GovWorkflow.Server.Tests.Hosting;

namespace GovWorkflow.Server.Tests.Cases;

/// <summary>Runs on both databases: <see cref="OnSqlite"/> and <see cref="OnPostgres"/>.</summary>
public abstract class WindowTests(ServerFixture server)
{
    [Collection(ServerGroup.Name)]
    public sealed class OnSqlite(SqliteServerFixture server) : WindowTests(server);

    [Collection(PostgresServerGroup.Name)]
    public sealed class OnPostgres(PostgresServerFixture server) : WindowTests(server);

    [Fact]
    public async Task Accept_WithOnlyATolerableMaterialLacking_IsTolerantAcceptance_AndTheReviewsOpen()
    {
        using var clerk = await server.BearerAsync("clerk.wang");
        var (caseId, _) = await RestaurantCase.ReceiveAsync(clerk);

        var accepted = await Window.DecideAsync(clerk, caseId, new { decision = "accept", tolerantDays = 3 });

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var body = await Json.ReadAsync(accepted);
        Assert.Equal("Accepted", body.GetProperty("status").GetString());
        Assert.Equal("Tolerant", body.GetProperty("acceptance").GetString());
        Assert.True(Window.Has(body.GetProperty("openTasks"), "reviewBusinessLicence"));

        var again = await Window.DecideAsync(clerk, caseId, new { decision = "accept" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("case.not-awaiting-check", await Json.CodeAsync(again));
    }

    [Fact]
    public async Task Accept_WithAPrimaryMaterialLacking_IsRefused_ThenCorrectIssuesTheNotice()
    {
        using var clerk = await server.BearerAsync("clerk.wang");
        var caseId = await Window.ReceiveAsync(clerk, RestaurantCase.Submitted.Where(k => k != "BUSINESS-LICENCE/operator-id"));

        var lacking = await Window.DecideAsync(clerk, caseId, new { decision = "accept" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, lacking.StatusCode);
        Assert.Equal("desk.materials-lacking", await Json.CodeAsync(lacking));

        var notice = await Window.DecideAsync(clerk, caseId, new { decision = "correct", defects = new Dictionary<string, string> { ["OUTDOOR-SIGN/sign-design"] = "效果图未标注尺寸" } });
        Assert.Equal(HttpStatusCode.OK, notice.StatusCode);
        Assert.Equal("AwaitingCorrection", (await Json.ReadAsync(notice)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Refuse_NeedsAReason_ThenEndsTheCase()
    {
        using var clerk = await server.BearerAsync("clerk.wang");
        var (caseId, _) = await RestaurantCase.ReceiveAsync(clerk);

        var noReason = await Window.DecideAsync(clerk, caseId, new { decision = "refuse" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        Assert.Equal("desk.decision-invalid", await Json.CodeAsync(noReason));

        var refused = await Window.DecideAsync(clerk, caseId, new { decision = "refuse", refusalReason = "申请事项不属于本机关职权范围" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal("Refused", (await Json.ReadAsync(refused)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Acceptance_UnknownDecision_Is400_UnknownCase_Is404()
    {
        using var clerk = await server.BearerAsync("clerk.wang");
        var (caseId, _) = await RestaurantCase.ReceiveAsync(clerk);

        var unknown = await Window.DecideAsync(clerk, caseId, new { decision = "maybe" });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("request.acceptance-decision", await Json.CodeAsync(unknown));
        var missing = await Window.DecideAsync(clerk, "no-such-case", new { decision = "accept" });
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Theory]
    [InlineData("scjgj.li")]
    [InlineData("applicant.haowei")]
    [InlineData("supervisor.zhou")]
    public async Task Acceptance_ByAnyoneButAClerk_Is403(string user)
    {
        using var clerk = await server.BearerAsync("clerk.wang");
        var (caseId, _) = await RestaurantCase.ReceiveAsync(clerk);
        using var other = await server.BearerAsync(user);

        var refused = await Window.DecideAsync(other, caseId, new { decision = "accept" });

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("auth.forbidden", await Json.CodeAsync(refused));
    }

    [Fact]
    public async Task WindowEndpoints_Anonymously_Are401()
    {
        using var anonymous = server.Anonymous();
        foreach (var path in new[] { "/api/cases/X/acceptance", "/api/cases/X/withdraw", "/api/cases/X/materials" })
        {
            var response = await anonymous.PostAsync(path, new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/cases/X/materials")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/events")).StatusCode);
    }
}
