using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GovWorkflow.Runtime.Persistence;
using GovWorkflow.Server.Audit;
using GovWorkflow.Server.Tests.Cases;
using GovWorkflow.Server.Tests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovWorkflow.Server.Tests.Audit;

/// <summary>Runs on both databases: <see cref="OnSqlite"/> and <see cref="OnPostgres"/>.</summary>
public abstract class RefusalAuditTests(ServerFixture server)
{
    [Collection(ServerGroup.Name)]
    public sealed class OnSqlite(SqliteServerFixture server) : RefusalAuditTests(server);

    [Collection(PostgresServerGroup.Name)]
    public sealed class OnPostgres(PostgresServerFixture server) : RefusalAuditTests(server);

    [Fact]
    public async Task RefusedTaskClaim_LandsInTheAuditLog_WithUserRouteCodeTaskAndCase()
    {
        using var clerk = await server.BearerAsync("clerk.wang");
        var (caseId, open) = await RestaurantCase.ReceiveAsync(clerk);
        var checkedMaterials = await RestaurantCase.CompleteAsync(clerk, RestaurantCase.Task(open, "checkMaterials"), new { materialCheck = "complete" });
        var review = RestaurantCase.Task((await Json.ReadAsync(checkedMaterials)).GetProperty("openTasks"), "reviewBusinessLicence");
        var taskId = review.GetProperty("id").GetInt64();
        using var li = await server.BearerAsync("scjgj.li");
        using var chen = await server.BearerAsync("scjgj.chen");
        Assert.Equal(HttpStatusCode.OK, (await li.PostAsJsonAsync($"/api/tasks/{taskId}/claim", new { })).StatusCode);

        var refused = await chen.PostAsJsonAsync($"/api/tasks/{taskId}/claim", new { });

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var (line, detail) = Assert.Single(await RefusalsAsync("scjgj.chen", $"\"taskId\":{taskId}"));
        Assert.StartsWith(caseId, line.InstanceId, StringComparison.Ordinal);
        Assert.Equal("POST /api/tasks/{taskId:long}/claim", detail.GetProperty("route").GetString());
        Assert.Equal(409, detail.GetProperty("status").GetInt32());
        Assert.Equal("runtime.task-claimed", detail.GetProperty("code").GetString());
        Assert.Equal(caseId, detail.GetProperty("caseId").GetString());
    }

    [Fact]
    public async Task RefusedReceipt_ByTheFrameworkOrTheEndpoint_LandsInTheAuditLog()
    {
        using var approver = await server.BearerAsync("cgj.zhao");
        using var clerk = await server.BearerAsync("clerk.liu");
        var (caseId, _) = await RestaurantCase.ReceiveAsync(clerk);

        var forbidden = await approver.PostAsJsonAsync("/api/cases", new { bundle = "restaurant-opening" });
        var duplicate = await clerk.PostAsJsonAsync("/api/cases", new
        {
            bundle = "restaurant-opening",
            caseId,
            applicant = new { id = RestaurantCase.ApplicantId, name = "示范市东城区好味餐饮有限公司" },
        });

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        var byApprover = await RefusalsAsync("cgj.zhao", "\"route\":\"POST /api/cases/\"");
        Assert.Contains(byApprover, l => l.Detail.GetProperty("code").GetString() == "auth.forbidden" && l.Detail.GetProperty("status").GetInt32() == 403);
        var byClerk = await RefusalsAsync("clerk.liu", "case.exists");
        Assert.Contains(byClerk, l => l.Detail.GetProperty("route").GetString() == "POST /api/cases/");
    }

    [Fact]
    public async Task RefusedWindowDecision_CarriesTheCaseOfTheRoute_AndReadsAreNotAudited()
    {
        using var clerk = await server.BearerAsync("clerk.wang");
        using var stranger = await server.BearerAsync("applicant.zhang");
        var (caseId, _) = await RestaurantCase.ReceiveAsync(clerk);

        Assert.Equal(HttpStatusCode.BadRequest, (await Window.DecideAsync(clerk, caseId, new { decision = "maybe" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.GetAsync($"/api/cases/{caseId}/materials")).StatusCode);

        var (line, detail) = Assert.Single(await RefusalsAsync("clerk.wang", caseId));
        Assert.Equal(caseId, line.InstanceId);
        Assert.Equal("request.acceptance-decision", detail.GetProperty("code").GetString());
        Assert.Empty(await RefusalsAsync("applicant.zhang", caseId));
    }

    private async Task<List<(AuditRecord Line, JsonElement Detail)>> RefusalsAsync(string actor, string detailContains)
    {
        await using var log = server.Factory.Services.GetRequiredService<Func<RuntimeDbContext>>()();
        var lines = await log.Audit.AsNoTracking().Where(a => a.Action == RefusalAudit.Action && a.Actor == actor).ToListAsync();
        return [.. lines.Where(l => l.Detail!.Contains(detailContains, StringComparison.Ordinal)).Select(l => (l, JsonDocument.Parse(l.Detail!).RootElement.Clone()))];
    }
}
