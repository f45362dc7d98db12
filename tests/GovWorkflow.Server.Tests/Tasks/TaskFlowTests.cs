using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GovWorkflow.Server.Tests.Cases;
using GovWorkflow.Server.Tests.Hosting;

namespace GovWorkflow.Server.Tests.Tasks;

/// <summary>Runs on both databases: <see cref="OnSqlite"/> and <see cref="OnPostgres"/>.</summary>
public abstract class TaskFlowTests(ServerFixture server)
{
    [Collection(ServerGroup.Name)]
    public sealed class OnSqlite(SqliteServerFixture server) : TaskFlowTests(server);

    [Collection(PostgresServerGroup.Name)]
    public sealed class OnPostgres(PostgresServerFixture server) : TaskFlowTests(server);

    [Fact]
    public async Task AddedSigners_SeeTheTaskToSign_AndTheTaskCompletesOnlyAfterTheyHaveSigned()
    {
        var review = await ReviewTaskAsync();
        using var li = await server.BearerAsync("scjgj.li");
        using var chen = await server.BearerAsync("scjgj.chen");
        using var he = await server.BearerAsync("scj.he");

        var unknown = await PostAsync(li, review, "signers", new { users = new[] { "nobody" } });
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "task.target-invalid"), (unknown.StatusCode, await Json.CodeAsync(unknown)));
        var applicant = await PostAsync(li, review, "signers", new { users = new[] { "applicant.zhang" } });
        Assert.Equal("task.target-not-staff", await Json.CodeAsync(applicant));
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(await server.BearerAsync("cgj.zhao"), review, "signers", new { users = new[] { "scj.he" } })).StatusCode);

        var asked = await Json.ReadAsync(await PostAsync(li, review, "signers", new { users = new[] { "scjgj.chen", "scj.he" }, comment = "请核对经营范围", expectedVersion = Version(review) }));
        Assert.Equal("scjgj.li", asked.GetProperty("assignee").GetString());
        var signing = await Json.ReadAsync(await he.GetAsync("/api/tasks/signing"));
        Assert.Contains(signing.EnumerateArray(), s => s.GetProperty("task").GetProperty("id").GetInt64() == Id(review) && s.GetProperty("signature").GetProperty("request").GetString() == "请核对经营范围");

        var early = await RestaurantCase.CompleteAsync(li, asked, new { approved = true });
        Assert.Equal((HttpStatusCode.Conflict, "task.signers-pending"), (early.StatusCode, await Json.CodeAsync(early)));
        var noReason = await PostAsync(he, review, "sign", new { agreed = false });
        Assert.Equal((HttpStatusCode.BadRequest, "request.comment-missing"), (noReason.StatusCode, await Json.CodeAsync(noReason)));
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(await server.BearerAsync("cgj.zhao"), review, "sign", new { agreed = true })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(he, review, "sign", new { agreed = true, comment = "经营范围无误" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await li.DeleteAsync($"/api/tasks/{Id(review)}/signers/scjgj.chen")).StatusCode);
        Assert.DoesNotContain((await Json.ReadAsync(await chen.GetAsync("/api/tasks/signing"))).EnumerateArray(), s => s.GetProperty("task").GetProperty("id").GetInt64() == Id(review));

        var signers = await Json.ReadAsync(await li.GetAsync($"/api/tasks/{Id(review)}/signers"));
        Assert.Equal(
            [("scjgj.chen", "withdrawn"), ("scj.he", "signed")],
            signers.EnumerateArray().Select(s => (s.GetProperty("user").GetString(), s.GetProperty("status").GetString())));
        var now = await Json.ReadAsync(await li.GetAsync($"/api/tasks/{Id(review)}/signers"));
        Assert.Equal("经营范围无误", now.EnumerateArray().Single(s => s.GetProperty("user").GetString() == "scj.he").GetProperty("opinion").GetString());
        var current = (await Json.ReadAsync(await li.GetAsync("/api/tasks"))).EnumerateArray().Single(t => t.GetProperty("id").GetInt64() == Id(review));
        Assert.Equal(HttpStatusCode.OK, (await RestaurantCase.CompleteAsync(li, current, new { approved = true })).StatusCode);
    }

    [Fact]
    public async Task ASupervisor_SuspendsTheWholeCase_NothingCompletesUntilResumed_AndApproversMayNotSuspend()
    {
        var (caseId, review) = await CaseAndReviewTaskAsync();
        using var li = await server.BearerAsync("scjgj.li");
        using var zhou = await server.BearerAsync("supervisor.zhou");

        var approver = await PostAsync(li, review, "suspend", new { comment = "自行挂起" });
        Assert.Equal((HttpStatusCode.Forbidden, "task.not-allowed"), (approver.StatusCode, await Json.CodeAsync(approver)));
        var noReason = await PostAsync(zhou, review, "suspend", new { });
        Assert.Equal((HttpStatusCode.BadRequest, "request.comment-missing"), (noReason.StatusCode, await Json.CodeAsync(noReason)));

        var suspendedView = await Json.ReadAsync(await PostAsync(zhou, review, "suspend", new { comment = "群众举报，核查期间暂停办理" }));
        Assert.True(suspendedView.GetProperty("suspended").GetBoolean());
        var queue = await Json.ReadAsync(await li.GetAsync("/api/tasks/department?pageSize=100"));
        Assert.True(queue.GetProperty("items").EnumerateArray().Single(t => t.GetProperty("id").GetInt64() == Id(review)).GetProperty("suspended").GetBoolean());
        var again = await PostAsync(zhou, review, "suspend", new { comment = "再次挂起" });
        Assert.Equal((HttpStatusCode.Conflict, "runtime.instance-suspended"), (again.StatusCode, await Json.CodeAsync(again)));
        var refused = await RestaurantCase.CompleteAsync(li, review, new { approved = true });
        Assert.Equal((HttpStatusCode.Conflict, "runtime.instance-suspended"), (refused.StatusCode, await Json.CodeAsync(refused)));
        Assert.Contains("挂起", (await Json.ReadAsync(refused)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        var status = await Json.ReadAsync(await server.Anonymous().GetAsync($"/api/cases/{caseId}/status?identity={RestaurantCase.ApplicantId}"));
        Assert.Equal(JsonValueKind.String, status.GetProperty("suspendedAt").ValueKind);

        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(li, review, "resume", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(zhou, review, "resume", new { comment = "核查完毕" })).StatusCode);
        var resumed = await Json.ReadAsync(await server.Anonymous().GetAsync($"/api/cases/{caseId}/status?identity={RestaurantCase.ApplicantId}"));
        Assert.False(resumed.TryGetProperty("suspendedAt", out var since) && since.ValueKind != JsonValueKind.Null);
        Assert.Equal(HttpStatusCode.OK, (await RestaurantCase.CompleteAsync(li, review, new { approved = true })).StatusCode);
    }

    private async Task<JsonElement> ReviewTaskAsync() => (await CaseAndReviewTaskAsync()).Review;

    private async Task<(string CaseId, JsonElement Review)> CaseAndReviewTaskAsync()
    {
        using var clerk = await server.BearerAsync("clerk.wang");
        var (caseId, open) = await RestaurantCase.ReceiveAsync(clerk);
        var checkedMaterials = await RestaurantCase.CompleteAsync(clerk, RestaurantCase.Task(open, "checkMaterials"), new { materialCheck = "complete" });
        Assert.Equal(HttpStatusCode.OK, checkedMaterials.StatusCode);
        return (caseId, RestaurantCase.Task((await Json.ReadAsync(checkedMaterials)).GetProperty("openTasks"), "reviewBusinessLicence"));
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, JsonElement task, string action, object body) =>
        client.PostAsJsonAsync($"/api/tasks/{Id(task)}/{action}", body);

    private static long Id(JsonElement task) => task.GetProperty("id").GetInt64();

    private static long Version(JsonElement task) => task.GetProperty("version").GetInt64();
}
