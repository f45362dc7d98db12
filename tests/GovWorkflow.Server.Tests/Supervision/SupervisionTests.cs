using System.Net;
using GovWorkflow.Domain.Catalog;
using GovWorkflow.Server.Supervision;
using GovWorkflow.Server.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace GovWorkflow.Server.Tests.Supervision;

[Collection(ServerGroup.Name)]
public sealed class SupervisionTests(ServerFixture server)
{
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
        var items = await Json.ReadAsync(await district.GetAsync("/api/supervision/items"));
        var codes = items.EnumerateArray().Select(i => i.GetProperty("bundle").GetString()).ToList();
        Assert.Contains("restaurant-opening", codes);
        Assert.DoesNotContain("completion-acceptance", codes);

        using var city = await server.BearerAsync("supervisor.wu");
        var all = await Json.ReadAsync(await city.GetAsync("/api/supervision/items"));
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
    public async Task Supervisor_UnknownLevel_Is400()
    {
        using var client = await server.BearerAsync("supervisor.zhou");
        var response = await client.GetAsync("/api/supervision/tasks?level=purple");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("request.level-invalid", await Json.CodeAsync(response));
    }
}
