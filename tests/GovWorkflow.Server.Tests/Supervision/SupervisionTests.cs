using System.Net;
using GovWorkflow.Domain.Catalog;
using GovWorkflow.Server.Supervision;
using GovWorkflow.Server.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace GovWorkflow.Server.Tests.Supervision;

/// <summary>Runs on both databases: <see cref="OnSqlite"/> and <see cref="OnPostgres"/>.</summary>
public abstract class SupervisionTests(ServerFixture server)
{
    [Collection(ServerGroup.Name)]
    public sealed class OnSqlite(SqliteServerFixture server) : SupervisionTests(server);

    [Collection(PostgresServerGroup.Name)]
    public sealed class OnPostgres(PostgresServerFixture server) : SupervisionTests(server);

    [Fact]
    public void DepartmentScope_CityBureau_ReachesItsDistrictAndStreetOffices()
    {
        var catalog = server.Factory.Services.GetRequiredService<ItemCatalog>();
        var city = DepartmentScope.Subtree(catalog, "SFS-ZWFWJ");
        Assert.Contains("SFS-DCQ-ZWFWJ", city);
        Assert.Contains("SFS-DCQ-XHJD-BMFWZX", city);
        Assert.DoesNotContain("SFS-DCQ-SCJGJ", city);
        Assert.Contains("SFS-DCQ-XHJD-PCS", DepartmentScope.Subtree(catalog, "SFS-GAJ"));
    }

    [Theory]
    [InlineData("supervisor.zhou", "warned")]
    [InlineData("supervisor.wu", "overdue")]
    [InlineData("admin", "overdue")]
    public async Task Supervisor_ListsWarnedOrOverdueTasks(string user, string level)
    {
        using var client = await server.BearerAsync(user);
        var response = await client.GetAsync("/api/supervision/tasks?level=" + level);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(System.Text.Json.JsonValueKind.Array, (await Json.ReadAsync(response)).ValueKind);
    }

    [Fact]
    public async Task DistrictSupervisor_Items_ShowsDistrictBundlesOnly_CitySupervisorSeesAll()
    {
        using var district = await server.BearerAsync("supervisor.zhou");
        var items = (await Json.ReadAsync(await district.GetAsync("/api/supervision/items"))).GetProperty("items");
        var codes = items.EnumerateArray().Select(i => i.GetProperty("bundle").GetString()).ToList();
        Assert.Contains("restaurant-opening", codes);
        Assert.DoesNotContain("completion-acceptance", codes);

        using var city = await server.BearerAsync("supervisor.wu");
        var all = (await Json.ReadAsync(await city.GetAsync("/api/supervision/items"))).GetProperty("items");
        Assert.Equal(4, all.GetArrayLength());
        Assert.All(all.EnumerateArray(), i => Assert.Equal(System.Text.Json.JsonValueKind.Number, i.GetProperty("statutoryLimit").ValueKind));
    }

    [Fact]
    public async Task Supervisor_Ratings_ListsTheFiveLevels()
    {
        using var client = await server.BearerAsync("supervisor.zhou");
        var response = await client.GetAsync("/api/supervision/ratings");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var levels = (await Json.ReadAsync(response)).GetProperty("levels").EnumerateArray().Select(l => l.GetProperty("level").GetString()).ToList();
        Assert.Equal(["非常满意", "满意", "基本满意", "不满意", "非常不满意"], levels);
    }

    [Theory]
    [InlineData("supervisor.zhou", HttpStatusCode.OK)]
    [InlineData("admin", HttpStatusCode.OK)]
    [InlineData("scjgj.li", HttpStatusCode.Forbidden)]
    public async Task Warnings_AreForSupervisors(string user, HttpStatusCode expected)
    {
        using var client = await server.BearerAsync(user);
        var response = await client.GetAsync("/api/supervision/warnings");
        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Items_Paged_AnswersTheTotalAndOnePage_InCodeOrder()
    {
        using var city = await server.BearerAsync("supervisor.wu");
        var all = (await Json.ReadAsync(await city.GetAsync("/api/supervision/items?pageSize=100"))).GetProperty("items");
        var codes = all.EnumerateArray().Select(i => i.GetProperty("bundle").GetString()).ToList();

        var second = await Json.ReadAsync(await city.GetAsync("/api/supervision/items?page=2&pageSize=1"));

        Assert.Equal(codes.Count, second.GetProperty("total").GetInt32());
        Assert.Equal((2, 1), (second.GetProperty("page").GetInt32(), second.GetProperty("pageSize").GetInt32()));
        Assert.Equal(codes[1], Assert.Single(second.GetProperty("items").EnumerateArray()).GetProperty("bundle").GetString());
        Assert.Empty((await Json.ReadAsync(await city.GetAsync("/api/supervision/items?page=9&pageSize=100"))).GetProperty("items").EnumerateArray());
        Assert.Equal(HttpStatusCode.BadRequest, (await city.GetAsync("/api/supervision/items?pageSize=101")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await city.GetAsync("/api/supervision/items?page=0")).StatusCode);
    }

    [Fact]
    public async Task Period_BeforeAnyCase_CountsNothing_AndAnOpenEndedOneCountsAsUnfiltered()
    {
        using var city = await server.BearerAsync("supervisor.wu");
        var everything = await Json.ReadAsync(await city.GetAsync("/api/supervision/items?pageSize=100"));
        var since2000 = await Json.ReadAsync(await city.GetAsync("/api/supervision/items?pageSize=100&from=2000-01-01"));
        var before2000 = await Json.ReadAsync(await city.GetAsync("/api/supervision/items?pageSize=100&from=1999-01-01&to=1999-12-31"));

        Assert.Equal(Decided(everything), Decided(since2000));
        Assert.Equal(("1999-01-01", "1999-12-31"), (before2000.GetProperty("from").GetString(), before2000.GetProperty("to").GetString()));
        Assert.All(before2000.GetProperty("items").EnumerateArray(), i =>
        {
            Assert.Equal(0, i.GetProperty("decided").GetInt32());
            Assert.Equal(System.Text.Json.JsonValueKind.Null, i.GetProperty("averageUsed").ValueKind);
        });
        var ratings = await Json.ReadAsync(await city.GetAsync("/api/supervision/ratings?to=1999-12-31"));
        Assert.Equal(0, ratings.GetProperty("rated").GetInt32());
        Assert.Equal("1999-12-31", ratings.GetProperty("to").GetString());

        static List<int> Decided(System.Text.Json.JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("decided").GetInt32())];
    }

    [Theory]
    [InlineData("/api/supervision/items?from=2026-13-01", "from")]
    [InlineData("/api/supervision/items?to=2026-02-30", "to")]
    [InlineData("/api/supervision/items?from=2026-03-02&to=2026-03-01", "from")]
    [InlineData("/api/supervision/ratings?to=yesterday", "to")]
    [InlineData("/api/supervision/ratings?from=2026-3-1", "from")]
    public async Task Period_InvalidDateOrFromAfterTo_Is400NamingTheField(string path, string field)
    {
        using var client = await server.BearerAsync("supervisor.zhou");
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await Json.ReadAsync(response);
        Assert.Equal("request.period-invalid", problem.GetProperty("code").GetString());
        Assert.Equal(field, problem.GetProperty("field").GetString());
        Assert.Contains(field, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Supervisor_UnknownLevel_Is400()
    {
        using var client = await server.BearerAsync("supervisor.zhou");
        var response = await client.GetAsync("/api/supervision/tasks?level=purple");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("request.level-invalid", await Json.CodeAsync(response));
    }
}
