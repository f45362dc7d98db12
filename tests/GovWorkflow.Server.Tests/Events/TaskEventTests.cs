using System.Net;
using System.Net.Http.Json;
using System.Net.ServerSentEvents;
using System.Text.Json;
using GovWorkflow.Activities.Cases;
using GovWorkflow.Domain.Catalog;
using GovWorkflow.Runtime.Persistence;
using GovWorkflow.Server.Auth;
using GovWorkflow.Server.Events;
using GovWorkflow.Server.Tests.Cases;
using GovWorkflow.Server.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Text;

namespace GovWorkflow.Server.Tests.Events;

/// <summary>Runs on both databases: <see cref="OnSqlite"/> and <see cref="OnPostgres"/>.</summary>
public abstract class TaskEventTests(ServerFixture server)
{
    [Collection(ServerGroup.Name)]
    public sealed class OnSqlite(SqliteServerFixture server) : TaskEventTests(server);

    [Collection(PostgresServerGroup.Name)]
    public sealed class OnPostgres(PostgresServerFixture server) : TaskEventTests(server);

    private static readonly CurrentUser Clerk = new("clerk.wang", "王芳", "SFS-DCQ-ZWFWJ", [Roles.Clerk], null);
    private static readonly CurrentUser Approver = new("scjgj.li", "李强", "SFS-DCQ-SCJGJ", [Roles.Approver], null);

    [Fact]
    public async Task Poll_AfterACaseIsReceived_ReportsTheClerksNewTask_Once()
    {
        var source = server.Factory.Services.GetRequiredService<TaskEventSource>();
        var cursor = new EventCursor();
        Assert.Empty(await source.PollAsync(Clerk, cursor, CancellationToken.None));
        using var clerk = await server.BearerAsync("clerk.wang");
        var (caseId, _) = await RestaurantCase.ReceiveAsync(clerk);

        var events = await source.PollAsync(Clerk, cursor, CancellationToken.None);

        Assert.Contains(events, e => e.Kind == TaskEvent.NewTask && e.Task.CaseId == caseId && e.Task.NodeId == "checkMaterials");
        Assert.DoesNotContain(await source.PollAsync(Clerk, cursor, CancellationToken.None), e => e.Task.CaseId == caseId);
    }

    [Fact]
    public async Task Poll_WhenTheClockPassesATasksDeadline_WarnsOnceWithRed()
    {
        using var clerk = await server.BearerAsync("clerk.wang");
        var (caseId, _) = await RestaurantCase.ReceiveAsync(clerk);
        var accepted = await Json.ReadAsync(await Window.DecideAsync(clerk, caseId, new { decision = "accept" }));
        var review = RestaurantCase.Task(accepted.GetProperty("openTasks"), "reviewBusinessLicence");
        var clock = new MovableClock(SystemClock.Instance.GetCurrentInstant());
        var source = SourceAt(clock);
        var cursor = new EventCursor();
        await source.PollAsync(Approver, cursor, CancellationToken.None);
        var due = await DueOfAsync(review.GetProperty("id").GetInt64());

        clock.Now = due + Duration.FromMinutes(1);
        var events = await source.PollAsync(Approver, cursor, CancellationToken.None);

        var warning = Assert.Single(events, e => e.Kind == TaskEvent.Warning && e.Task.Id == review.GetProperty("id").GetInt64());
        Assert.Equal("red", warning.Task.Level);
        Assert.DoesNotContain(await source.PollAsync(Approver, cursor, CancellationToken.None), e => e.Task.Id == warning.Task.Id);
    }

    [Fact]
    public async Task Notices_AreTheOutboxRowsAddressedToTheUser_WrittenAfterTheStreamOpened()
    {
        using var clerk = await server.BearerAsync("clerk.wang");
        var (caseId, _) = await RestaurantCase.ReceiveAsync(clerk);
        var accepted = await Json.ReadAsync(await Window.DecideAsync(clerk, caseId, new { decision = "accept" }));
        var review = RestaurantCase.Task(accepted.GetProperty("openTasks"), "reviewBusinessLicence");
        var source = server.Factory.Services.GetRequiredService<TaskEventSource>();
        var he = new CurrentUser("scj.he", "何平", "SFS-SCJGJ", [Roles.Approver], null);
        var cursor = new EventCursor();
        Assert.Empty(await source.NoticesAsync(he, cursor, CancellationToken.None));

        using var li = await server.BearerAsync("scjgj.li");
        var asked = await li.PostAsJsonAsync($"/api/tasks/{review.GetProperty("id").GetInt64()}/signers", new { users = new[] { "scj.he" }, comment = "请核对" });
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);

        var notice = Assert.Single(await source.NoticesAsync(he, cursor, CancellationToken.None));
        Assert.Equal(("task.sign-requested", caseId, "scjgj.li", "请核对"), (notice.Kind, notice.CaseId, notice.From, notice.Comment));
        Assert.Equal(review.GetProperty("id").GetInt64(), notice.TaskId);
        Assert.Empty(await source.NoticesAsync(he, cursor, CancellationToken.None));
        Assert.DoesNotContain(await source.NoticesAsync(Approver, new EventCursor { NoticesPrimed = true }, CancellationToken.None), n => n.Kind == "task.sign-requested" && n.CaseId == caseId);
    }

    [Fact]
    public async Task Stream_SendsReady_ThenTheNewTaskOfACaseReceivedAfterwards()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var listener = await server.BearerAsync("clerk.wang");
        using var response = await listener.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/events"), HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        await using var stream = await response.Content.ReadAsStreamAsync(timeout.Token);
        await using var items = SseParser.Create(stream).EnumerateAsync(timeout.Token).GetAsyncEnumerator(timeout.Token);
        Assert.True(await items.MoveNextAsync());
        Assert.Equal("ready", items.Current.EventType);

        using var clerk = await server.BearerAsync("clerk.wang");
        var (caseId, _) = await RestaurantCase.ReceiveAsync(clerk);

        while (await items.MoveNextAsync())
        {
            using var data = JsonDocument.Parse(items.Current.Data);
            if (items.Current.EventType == TaskEvent.NewTask && data.RootElement.GetProperty("caseId").GetString() == caseId)
            {
                Assert.Equal("checkMaterials", data.RootElement.GetProperty("nodeId").GetString());
                return;
            }
        }

        Assert.Fail("the stream ended without the new task");
    }

    private TaskEventSource SourceAt(IClock clock)
    {
        var services = server.Factory.Services;
        return new TaskEventSource(
            services.GetRequiredService<Func<RuntimeDbContext>>(),
            services.GetRequiredService<CaseServices>(),
            services.GetRequiredService<ItemCatalog>(),
            clock,
            new EventOptions(),
            TimeProvider.System);
    }

    private async Task<Instant> DueOfAsync(long taskId)
    {
        using var approver = await server.BearerAsync("scjgj.li");
        var inbox = await Json.ReadAsync(await approver.GetAsync("/api/tasks"));
        var due = inbox.EnumerateArray().Single(t => t.GetProperty("id").GetInt64() == taskId).GetProperty("dueAt").GetString()!;
        return InstantPattern.ExtendedIso.Parse(due).Value;
    }

    private sealed class MovableClock(Instant now) : IClock
    {
        public Instant Now { get; set; } = now;

        public Instant GetCurrentInstant() => Now;
    }
}
