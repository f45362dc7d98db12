using System.Net;

namespace GovWorkflow.Server.Tests.Hosting;

[Collection(ServerGroup.Name)]
public sealed class OpenApiTests(SqliteServerFixture server)
{
    [Fact]
    public async Task OpenApiDocument_IsServedAnonymously_AndListsTheApi()
    {
        using var client = server.Anonymous();
        var response = await client.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await Json.ReadAsync(response);
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/cases", paths);
        Assert.Contains("/api/tasks/{taskId}/complete", paths);
        Assert.Contains("/api/definitions/{processId}/versions/{version}/publish", paths);
    }
}
