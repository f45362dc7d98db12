using System.Net;
using System.Net.Http.Json;
using GovWorkflow.Engine.Expressions;
using GovWorkflow.Runtime.Definitions;
using GovWorkflow.Runtime.Instances;
using GovWorkflow.Runtime.Persistence;
using GovWorkflow.Server.Tests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovWorkflow.Server.Tests.Tasks;

/// <summary>退回 and 撤回 over HTTP, on a two-level review (初审 by an approver, 复审 by the section head) published for the test. Runs on both databases: <see cref="OnSqlite"/> and <see cref="OnPostgres"/>.</summary>
public abstract class TaskMoveTests(ServerFixture server)
{
    [Collection(ServerGroup.Name)]
    public sealed class OnSqlite(SqliteServerFixture server) : TaskMoveTests(server);

    [Collection(PostgresServerGroup.Name)]
    public sealed class OnPostgres(PostgresServerFixture server) : TaskMoveTests(server);

    private const string Process = """
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:gov="https://schemas.govworkflow.org/bpmn/gov/1.0" id="d" targetNamespace="https://govworkflow.org/tests">
          <process id="twoLevelReview" isExecutable="true">
            <startEvent id="start"/>
            <sequenceFlow id="f1" sourceRef="start" targetRef="firstReview"/>
            <userTask id="firstReview" name="初审" gov:candidateGroups="approver" gov:candidateDepartments="SFS-DCQ-SCJGJ"/>
            <sequenceFlow id="f2" sourceRef="firstReview" targetRef="secondReview"/>
            <userTask id="secondReview" name="复审" gov:candidateGroups="approver-head" gov:candidateDepartments="SFS-DCQ-SCJGJ"/>
            <sequenceFlow id="f3" sourceRef="secondReview" targetRef="end"/>
            <endEvent id="end"/>
          </process>
        </definitions>
        """;

    [Fact]
    public async Task TheSectionHead_SendsTheSecondReviewBack_ToWhoeverDidTheFirst_WithAReason()
    {
        var instance = await StartAsync();
        await CompleteAsync(instance, "firstReview", "scjgj.li");
        var second = await OpenAsync(instance, "secondReview");
        using var chen = await server.BearerAsync("scjgj.chen");
        using var li = await server.BearerAsync("scjgj.li");

        var targets = await Json.ReadAsync(await chen.GetAsync($"/api/tasks/{second.Id}/send-back-targets"));
        var target = Assert.Single(targets.EnumerateArray());
        Assert.Equal(("firstReview", "初审", "scjgj.li"), (target.GetProperty("nodeId").GetString(), target.GetProperty("name").GetString(), target.GetProperty("handledBy").GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, (await li.PostAsJsonAsync($"/api/tasks/{second.Id}/send-back", new { target = "firstReview", comment = "x" })).StatusCode);
        var noReason = await chen.PostAsJsonAsync($"/api/tasks/{second.Id}/send-back", new { target = "firstReview" });
        Assert.Equal("request.comment-missing", await Json.CodeAsync(noReason));

        var sent = await chen.PostAsJsonAsync($"/api/tasks/{second.Id}/send-back", new { target = "firstReview", comment = "经营场所证明与地址不符，请核实", expectedVersion = second.Version });

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var reopened = Assert.Single((await Json.ReadAsync(sent)).GetProperty("openTasks").EnumerateArray());
        Assert.Equal(("firstReview", "scjgj.li"), (reopened.GetProperty("nodeId").GetString(), reopened.GetProperty("assignee").GetString()));
        Assert.Contains((await Json.ReadAsync(await li.GetAsync("/api/tasks"))).EnumerateArray(), t => t.GetProperty("id").GetInt64() == reopened.GetProperty("id").GetInt64());
        var again = await chen.PostAsJsonAsync($"/api/tasks/{second.Id}/send-back", new { target = "firstReview", comment = "再次退回" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task WhoeverCompletedTheFirstReview_MayWithdrawIt_UntilTheSectionHeadTakesItUp()
    {
        var instance = await StartAsync();
        var first = await CompleteAsync(instance, "firstReview", "scjgj.li");
        using var li = await server.BearerAsync("scjgj.li");
        using var chen = await server.BearerAsync("scjgj.chen");

        var notYours = await chen.PostAsJsonAsync($"/api/tasks/{first}/withdraw", new { comment = "x" });
        Assert.Equal((HttpStatusCode.Forbidden, "task.not-yours"), (notYours.StatusCode, await Json.CodeAsync(notYours)));
        var withdrawn = await li.PostAsJsonAsync($"/api/tasks/{first}/withdraw", new { comment = "漏填审查意见" });
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        var reopened = Assert.Single((await Json.ReadAsync(withdrawn)).GetProperty("openTasks").EnumerateArray());
        Assert.Equal(("firstReview", "scjgj.li"), (reopened.GetProperty("nodeId").GetString(), reopened.GetProperty("assignee").GetString()));

        var second = await CompleteAsync(instance, "firstReview", "scjgj.li");
        var review = await OpenAsync(instance, "secondReview");
        Assert.Equal(HttpStatusCode.OK, (await chen.PostAsJsonAsync($"/api/tasks/{review.Id}/claim", new { })).StatusCode);
        var late = await li.PostAsJsonAsync($"/api/tasks/{second}/withdraw", new { });
        Assert.Equal((HttpStatusCode.Conflict, "task.withdraw-too-late"), (late.StatusCode, await Json.CodeAsync(late)));
    }

    private async Task<string> StartAsync()
    {
        var services = server.Factory.Services;
        var published = await services.GetRequiredService<DefinitionService>().PublishAsync(Process, "two-level-review.bpmn", "designer.qian");
        Assert.True(published.Succeeded, string.Join('\n', published.Problems));
        var instance = "TLR-" + Guid.NewGuid().ToString("N")[..8];
        var started = await services.GetRequiredService<WorkflowRuntime>().StartAsync("twoLevelReview", new Dictionary<string, FeelValue>(StringComparer.Ordinal), "clerk.wang", instance);
        Assert.True(started.Succeeded, started.Message);
        return instance;
    }

    private async Task<long> CompleteAsync(string instance, string nodeId, string actor)
    {
        var task = await OpenAsync(instance, nodeId);
        var outcome = await server.Factory.Services.GetRequiredService<WorkflowRuntime>().CompleteTaskAsync(task.Id, new Dictionary<string, FeelValue>(StringComparer.Ordinal), actor);
        Assert.True(outcome.Succeeded, outcome.Message);
        return task.Id;
    }

    private async Task<TaskRecord> OpenAsync(string instance, string nodeId)
    {
        await using var context = server.Factory.Services.GetRequiredService<Func<RuntimeDbContext>>()();
        return await context.Tasks.AsNoTracking().SingleAsync(t => t.InstanceId == instance && t.NodeId == nodeId && t.Status == WorkStatus.Open);
    }
}
