using System.Net;
using GovWorkflow.Server.Tests.Hosting;

namespace GovWorkflow.Server.Tests.Cases;

/// <summary>Runs on both databases: <see cref="OnSqlite"/> and <see cref="OnPostgres"/>.</summary>
public abstract class CaseFlowTests(ServerFixture server)
{
    [Collection(ServerGroup.Name)]
    public sealed class OnSqlite(SqliteServerFixture server) : CaseFlowTests(server);

    [Collection(PostgresServerGroup.Name)]
    public sealed class OnPostgres(PostgresServerFixture server) : CaseFlowTests(server);

    [Fact]
    public async Task RestaurantCase_ClerkReceives_ApproverOfTheDepartmentCompletes_OtherDepartmentIsRefused()
    {
        using var clerk = await server.BearerAsync("clerk.wang");
        var (caseId, open) = await RestaurantCase.ReceiveAsync(clerk);
        var check = RestaurantCase.Task(open, "checkMaterials");

        var clerkInbox = await Json.ReadAsync(await clerk.GetAsync("/api/tasks"));
        Assert.Contains(clerkInbox.EnumerateArray(), t => t.GetProperty("id").GetInt64() == check.GetProperty("id").GetInt64());

        var checkedMaterials = await RestaurantCase.CompleteAsync(clerk, check, new { materialCheck = "complete" });
        Assert.Equal(HttpStatusCode.OK, checkedMaterials.StatusCode);
        var review = RestaurantCase.Task((await Json.ReadAsync(checkedMaterials)).GetProperty("openTasks"), "reviewBusinessLicence");

        using var approver = await server.BearerAsync("scjgj.li");
        var inbox = await Json.ReadAsync(await approver.GetAsync("/api/tasks"));
        Assert.Contains(inbox.EnumerateArray(), t => t.GetProperty("id").GetInt64() == review.GetProperty("id").GetInt64() && t.GetProperty("caseId").GetString() == caseId);

        using var otherDepartment = await server.BearerAsync("cgj.zhao");
        var otherInbox = await Json.ReadAsync(await otherDepartment.GetAsync("/api/tasks"));
        Assert.DoesNotContain(otherInbox.EnumerateArray(), t => t.GetProperty("id").GetInt64() == review.GetProperty("id").GetInt64());
        var refused = await RestaurantCase.CompleteAsync(otherDepartment, review, new { approved = true });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("desk.not-candidate", await Json.CodeAsync(refused));

        var invalid = await RestaurantCase.CompleteAsync(approver, review, new { approved = false });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.StatusCode);
        Assert.Equal("desk.decision-invalid", await Json.CodeAsync(invalid));

        var approved = await RestaurantCase.CompleteAsync(approver, review, new { approved = true });
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var after = (await Json.ReadAsync(approved)).GetProperty("openTasks");
        Assert.DoesNotContain(after.EnumerateArray(), t => t.GetProperty("nodeId").GetString() == "reviewBusinessLicence");

        var timeline = await Json.ReadAsync(await approver.GetAsync($"/api/cases/{caseId}/timeline"));
        Assert.Contains(timeline.EnumerateArray(), line => line.GetProperty("text").GetString()!.Contains("营业执照审查", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TwoConcurrentCompletions_OfOneTask_OneWinsAndTheOtherIs409()
    {
        using var clerk = await server.BearerAsync("clerk.wang");
        using var otherClerk = await server.BearerAsync("clerk.wang");
        var (_, open) = await RestaurantCase.ReceiveAsync(clerk);
        var check = RestaurantCase.Task(open, "checkMaterials");

        var both = await Task.WhenAll(
            RestaurantCase.CompleteAsync(clerk, check, new { materialCheck = "complete" }),
            RestaurantCase.CompleteAsync(otherClerk, check, new { materialCheck = "complete" }));
        var statuses = both.Select(r => r.StatusCode).Order().ToList();
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], statuses);
        var loser = both.Single(r => r.StatusCode == HttpStatusCode.Conflict);
        var problem = await Json.ReadAsync(loser);
        Assert.Contains(problem.GetProperty("code").GetString(), new[] { "runtime.conflict", "runtime.task-closed" });
        Assert.Equal("办理冲突", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task StaleVersion_Is409Conflict()
    {
        using var clerk = await server.BearerAsync("clerk.wang");
        var (_, open) = await RestaurantCase.ReceiveAsync(clerk);
        var check = RestaurantCase.Task(open, "checkMaterials");
        var stale = await clerk.PostAsync(
            $"/api/tasks/{check.GetProperty("id").GetInt64()}/complete",
            new StringContent($$"""{"decision":{"materialCheck":"complete"},"expectedVersion":{{check.GetProperty("version").GetInt64() + 7}}}""", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("runtime.conflict", await Json.CodeAsync(stale));
    }

    [Fact]
    public async Task ApplicantStatus_NeedsCaseNumberAndIdentity_AndTimelineIsTheirsOnly()
    {
        using var clerk = await server.BearerAsync("clerk.wang");
        var (caseId, _) = await RestaurantCase.ReceiveAsync(clerk);
        using var anonymous = server.Anonymous();

        var status = await anonymous.GetAsync($"/api/cases/{caseId}/status?identity={RestaurantCase.ApplicantId}");
        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        Assert.Equal("开办餐饮店一件事", (await Json.ReadAsync(status)).GetProperty("bundle").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await anonymous.GetAsync($"/api/cases/{caseId}/status")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/cases/{caseId}/status?identity=110101199003071233")).StatusCode);

        using var owner = await server.BearerAsync("applicant.haowei");
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"/api/cases/{caseId}/timeline")).StatusCode);
        using var stranger = await server.BearerAsync("applicant.zhang");
        var refused = await stranger.GetAsync($"/api/cases/{caseId}/timeline");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("case.not-yours", await Json.CodeAsync(refused));
    }
}
