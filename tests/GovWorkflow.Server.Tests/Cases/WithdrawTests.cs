using System.Net;
using System.Net.Http.Json;
using GovWorkflow.Server.Tests.Hosting;

namespace GovWorkflow.Server.Tests.Cases;

/// <summary>Runs on both databases: <see cref="OnSqlite"/> and <see cref="OnPostgres"/>.</summary>
public abstract class WithdrawTests(ServerFixture server)
{
    [Collection(ServerGroup.Name)]
    public sealed class OnSqlite(SqliteServerFixture server) : WithdrawTests(server);

    [Collection(PostgresServerGroup.Name)]
    public sealed class OnPostgres(PostgresServerFixture server) : WithdrawTests(server);

    [Fact]
    public async Task Applicant_WithdrawsTheirCase_WorkflowEnds_TimelineSaysWhy_SecondTimeIs422()
    {
        using var clerk = await server.BearerAsync("clerk.wang");
        var (caseId, _) = await RestaurantCase.ReceiveAsync(clerk);
        await Window.DecideAsync(clerk, caseId, new { decision = "accept" });
        using var applicant = await server.BearerAsync("applicant.haowei");

        var withdrawn = await applicant.PostAsJsonAsync($"/api/cases/{caseId}/withdraw", new { reason = "店址变更，重新申请" });

        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        Assert.Empty((await Json.ReadAsync(withdrawn)).GetProperty("openTasks").EnumerateArray());
        Assert.Equal("Withdrawn", await Window.StatusAsync(server.Anonymous(), caseId));
        var timeline = await Json.ReadAsync(await applicant.GetAsync($"/api/cases/{caseId}/timeline"));
        Assert.Contains(timeline.EnumerateArray(), l => l.GetProperty("action").GetString() == "withdraw" && l.GetProperty("text").GetString()!.Contains("店址变更", StringComparison.Ordinal));

        var again = await applicant.PostAsJsonAsync($"/api/cases/{caseId}/withdraw", new { reason = "再次撤回" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Equal("desk.case-ended", await Json.CodeAsync(again));
        var upload = await Uploads.PostAsync(applicant, caseId, ("FOOD-BUSINESS-PERMIT/food-safety-rules", "rules.pdf", "application/pdf", Uploads.Pdf()));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, upload.StatusCode);
        Assert.Equal("case.ended", await Json.CodeAsync(upload));
    }

    [Fact]
    public async Task Clerk_WithdrawsForTheApplicant()
    {
        using var clerk = await server.BearerAsync("clerk.wang");
        var (caseId, _) = await RestaurantCase.ReceiveAsync(clerk);

        var withdrawn = await clerk.PostAsJsonAsync($"/api/cases/{caseId}/withdraw", new { reason = "申请人书面申请撤回" });

        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        Assert.Equal("Withdrawn", await Window.StatusAsync(server.Anonymous(), caseId));
    }

    [Theory]
    [InlineData("applicant.zhang")]
    [InlineData("scjgj.li")]
    public async Task Withdraw_ByAnotherApplicantOrAnApprover_Is403(string user)
    {
        using var clerk = await server.BearerAsync("clerk.wang");
        var (caseId, _) = await RestaurantCase.ReceiveAsync(clerk);
        using var other = await server.BearerAsync(user);

        var refused = await other.PostAsJsonAsync($"/api/cases/{caseId}/withdraw", new { reason = "不是我的" });

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("desk.not-allowed", await Json.CodeAsync(refused));
        Assert.Equal("Received", await Window.StatusAsync(server.Anonymous(), caseId));
    }

    [Fact]
    public async Task Withdraw_WithoutAReason_Is422()
    {
        using var clerk = await server.BearerAsync("clerk.wang");
        var (caseId, _) = await RestaurantCase.ReceiveAsync(clerk);

        var refused = await clerk.PostAsJsonAsync($"/api/cases/{caseId}/withdraw", new { reason = " " });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("desk.withdraw-reason-missing", await Json.CodeAsync(refused));
    }
}
