using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GovWorkflow.Server.Tests.Cases;
using GovWorkflow.Server.Tests.Hosting;

namespace GovWorkflow.Server.Tests.Tasks;

/// <summary>Runs on both databases: <see cref="OnSqlite"/> and <see cref="OnPostgres"/>.</summary>
public abstract class TaskActionTests(ServerFixture server)
{
    [Collection(ServerGroup.Name)]
    public sealed class OnSqlite(SqliteServerFixture server) : TaskActionTests(server);

    [Collection(PostgresServerGroup.Name)]
    public sealed class OnPostgres(PostgresServerFixture server) : TaskActionTests(server);

    [Fact]
    public async Task DepartmentQueue_ListsTheCallersDepartmentPaged_AndRefusesAnotherDepartment()
    {
        var (_, review) = await ReviewTaskAsync();
        using var approver = await server.BearerAsync("scjgj.li");

        var page = await Json.ReadAsync(await approver.GetAsync("/api/tasks/department?node=reviewBusinessLicence&status=unclaimed&pageSize=100"));
        Assert.Equal("SFS-DCQ-SCJGJ", page.GetProperty("department").GetString());
        Assert.Contains(page.GetProperty("items").EnumerateArray(), t => t.GetProperty("id").GetInt64() == Id(review));
        Assert.True(page.GetProperty("total").GetInt32() >= 1);
        var first = await Json.ReadAsync(await approver.GetAsync("/api/tasks/department?pageSize=1&page=1"));
        Assert.Single(first.GetProperty("items").EnumerateArray());
        Assert.True(first.GetProperty("total").GetInt32() >= page.GetProperty("total").GetInt32());
        var overdue = await Json.ReadAsync(await approver.GetAsync("/api/tasks/department?overdue=true"));
        Assert.DoesNotContain(overdue.GetProperty("items").EnumerateArray(), t => t.GetProperty("id").GetInt64() == Id(review));

        var other = await approver.GetAsync("/api/tasks/department?department=SFS-DCQ-CGJ");
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal("task.other-department", await Json.CodeAsync(other));
        Assert.Equal(HttpStatusCode.BadRequest, (await approver.GetAsync("/api/tasks/department?pageSize=1000")).StatusCode);
        using var clerk = await server.BearerAsync("clerk.wang");
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync("/api/tasks/department")).StatusCode);
    }

    [Fact]
    public async Task Claim_ThenOnlyTheAssigneeSeesAndCompletesIt_AndUnclaimPutsItBack()
    {
        var (_, review) = await ReviewTaskAsync();
        using var li = await server.BearerAsync("scjgj.li");
        using var chen = await server.BearerAsync("scjgj.chen");

        var claimed = await Json.ReadAsync(await PostAsync(li, review, "claim", new { expectedVersion = Version(review) }));
        Assert.Equal("scjgj.li", claimed.GetProperty("assignee").GetString());
        Assert.Equal(Version(review) + 1, Version(claimed));

        var chenInbox = await Json.ReadAsync(await chen.GetAsync("/api/tasks"));
        Assert.DoesNotContain(chenInbox.EnumerateArray(), t => t.GetProperty("id").GetInt64() == Id(review));
        var refused = await RestaurantCase.CompleteAsync(chen, claimed, new { approved = true });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var taken = await PostAsync(chen, review, "claim", new { });
        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        Assert.Equal("runtime.task-claimed", await Json.CodeAsync(taken));

        var back = await Json.ReadAsync(await PostAsync(li, review, "unclaim", new { }));
        Assert.Equal(JsonValueKind.Null, back.GetProperty("assignee").ValueKind);
        var reclaimed = await Json.ReadAsync(await PostAsync(chen, review, "claim", new { }));
        Assert.Equal(HttpStatusCode.OK, (await RestaurantCase.CompleteAsync(chen, reclaimed, new { approved = true })).StatusCode);
    }

    [Fact]
    public async Task TwoConcurrentClaims_OfOneTask_OneWinsAndTheOtherIs409Conflict()
    {
        var (_, review) = await ReviewTaskAsync();
        using var li = await server.BearerAsync("scjgj.li");
        using var chen = await server.BearerAsync("scjgj.chen");

        var both = await Task.WhenAll(
            PostAsync(li, review, "claim", new { expectedVersion = Version(review) }),
            PostAsync(chen, review, "claim", new { expectedVersion = Version(review) }));

        // Whichever comes second finds the row changed: a lost race on the version, or the claim already made.
        Assert.Single(both, r => r.StatusCode == HttpStatusCode.OK);
        var loser = Assert.Single(both, r => r.StatusCode == HttpStatusCode.Conflict);
        Assert.Contains(await Json.CodeAsync(loser), new[] { "runtime.conflict", "runtime.task-claimed" });
    }

    [Fact]
    public async Task Transfer_ToAColleague_NotToAnotherDepartment_AndTheOldAssigneeMayNoLongerComplete()
    {
        var (_, review) = await ReviewTaskAsync();
        using var li = await server.BearerAsync("scjgj.li");
        await PostAsync(li, review, "claim", new { });

        var wrong = await PostAsync(li, review, "transfer", new { to = "cgj.zhao" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        Assert.Equal("task.target-not-candidate", await Json.CodeAsync(wrong));
        var moved = await Json.ReadAsync(await PostAsync(li, review, "transfer", new { to = "scjgj.chen", comment = "请陈静办理" }));
        Assert.Equal("scjgj.chen", moved.GetProperty("assignee").GetString());

        Assert.Equal(HttpStatusCode.Forbidden, (await RestaurantCase.CompleteAsync(li, moved, new { approved = true })).StatusCode);
        using var chen = await server.BearerAsync("scjgj.chen");
        var inbox = await Json.ReadAsync(await chen.GetAsync("/api/tasks"));
        Assert.Contains(inbox.EnumerateArray(), t => t.GetProperty("id").GetInt64() == Id(review));
    }

    [Fact]
    public async Task Delegate_TheDelegateResolves_ThenTheOwnerCompletes()
    {
        var (_, review) = await ReviewTaskAsync();
        using var li = await server.BearerAsync("scjgj.li");
        using var chen = await server.BearerAsync("scjgj.chen");
        await PostAsync(li, review, "claim", new { });

        var delegated = await Json.ReadAsync(await PostAsync(li, review, "delegate", new { to = "scjgj.chen" }));
        Assert.Equal(("scjgj.chen", "scjgj.li"), (delegated.GetProperty("assignee").GetString(), delegated.GetProperty("owner").GetString()));
        var early = await RestaurantCase.CompleteAsync(chen, delegated, new { approved = true });
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal("task.delegated", await Json.CodeAsync(early));

        var resolved = await Json.ReadAsync(await PostAsync(chen, review, "resolve", new { comment = "材料已核对" }));
        Assert.Equal("scjgj.li", resolved.GetProperty("assignee").GetString());
        Assert.Equal(HttpStatusCode.OK, (await RestaurantCase.CompleteAsync(li, resolved, new { approved = true })).StatusCode);
    }

    [Fact]
    public async Task Urge_BySupervisorsOverTheDepartment_AdminOrTheCasesClerk_NotByAnApproverOrAStreetSupervisor()
    {
        var (_, review) = await ReviewTaskAsync();
        using var supervisor = await server.BearerAsync("supervisor.zhou");
        using var clerk = await server.BearerAsync("clerk.wang");
        using var otherClerk = await server.BearerAsync("clerk.liu");
        using var approver = await server.BearerAsync("scjgj.li");

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(supervisor, review, "urge", new { comment = "请今日办结" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(clerk, review, "urge", new { })).StatusCode);
        var refused = await PostAsync(approver, review, "urge", new { });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("task.not-allowed", await Json.CodeAsync(refused));
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(otherClerk, review, "urge", new { })).StatusCode);

        // 吴刚 (city) and the administrator reach every department; the 新华街道 supervisor does not reach 市场监管局.
        using var city = await server.BearerAsync("supervisor.wu");
        using var admin = await server.BearerAsync("admin");
        using var street = await server.BearerAsync("supervisor.xhjd");
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(city, review, "urge", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(admin, review, "urge", new { })).StatusCode);
        var outside = await PostAsync(street, review, "urge", new { comment = "请今日办结" });
        Assert.Equal(HttpStatusCode.Forbidden, outside.StatusCode);
        Assert.Equal("task.not-allowed", await Json.CodeAsync(outside));
    }

    [Fact]
    public async Task Copy_ToAnotherDepartmentsApprover_ListsItInTheirCopies()
    {
        var (_, review) = await ReviewTaskAsync();
        using var li = await server.BearerAsync("scjgj.li");

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(li, review, "copy", new { users = new[] { "cgj.zhao" }, comment = "供参阅" })).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await PostAsync(li, review, "copy", new { users = new[] { "nobody" } })).StatusCode);
        using var zhao = await server.BearerAsync("cgj.zhao");
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(zhao, review, "copy", new { users = new[] { "cgj.sun" } })).StatusCode);

        var copies = await Json.ReadAsync(await zhao.GetAsync("/api/tasks/copies"));
        var copy = Assert.Single(copies.EnumerateArray(), c => c.GetProperty("task").GetProperty("id").GetInt64() == Id(review));
        Assert.Equal("scjgj.li", copy.GetProperty("copiedBy").GetString());
        Assert.Equal("open", copy.GetProperty("status").GetString());
    }

    /// <summary>A new case whose materials the clerk checked: its 营业执照审查 waits in SFS-DCQ-SCJGJ's queue.</summary>
    private async Task<(string CaseId, JsonElement Review)> ReviewTaskAsync()
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
