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
    public async Task Supervisor_UnknownLevel_Is400()
    {
        using var client = await server.BearerAsync("supervisor.zhou");
        var response = await client.GetAsync("/api/supervision/tasks?level=purple");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("request.level-invalid", await Json.CodeAsync(response));
    }
}
