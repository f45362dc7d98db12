using System.Net;
using System.Text;
using GovWorkflow.Server.Tests.Hosting;

namespace GovWorkflow.Server.Tests.Definitions;

/// <summary>Runs on both databases: <see cref="OnSqlite"/> and <see cref="OnPostgres"/>.</summary>
public abstract class DefinitionTests(ServerFixture server)
{
    [Collection(ServerGroup.Name)]
    public sealed class OnSqlite(SqliteServerFixture server) : DefinitionTests(server);

    [Collection(PostgresServerGroup.Name)]
    public sealed class OnPostgres(PostgresServerFixture server) : DefinitionTests(server);

    [Fact]
    public async Task Designer_UploadsDraft_PublishesIt_ReadsXmlAndVersions_AndRetiresIt()
    {
        using var designer = await server.BearerAsync("designer.qian");
        var xml = (await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "workflows", "newborn.bpmn")))
            .Replace("id=\"newborn\"", "id=\"newbornCopy\"", StringComparison.Ordinal)
            .Replace("bpmnElement=\"newborn\"", "bpmnElement=\"newbornCopy\"", StringComparison.Ordinal);
        var processId = ProcessIdOf(xml);

        var uploaded = await designer.PostAsync("/api/definitions?fileName=copy.bpmn", new StringContent(xml, Encoding.UTF8, "application/xml"));
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var draft = await Json.ReadAsync(uploaded);
        Assert.Equal("draft", draft.GetProperty("status").GetString());
        var version = draft.GetProperty("version").GetInt32();

        var published = await designer.PostAsync($"/api/definitions/{processId}/versions/{version}/publish", null);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal("published", (await Json.ReadAsync(published)).GetProperty("status").GetString());

        var bpmn = await designer.GetAsync($"/api/definitions/{processId}/versions/{version}/bpmn");
        Assert.Equal("application/xml", bpmn.Content.Headers.ContentType?.MediaType);
        Assert.Contains("bpmn", await bpmn.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var versions = await Json.ReadAsync(await designer.GetAsync($"/api/definitions/{processId}/versions"));
        Assert.Contains(versions.EnumerateArray(), v => v.GetProperty("version").GetInt32() == version);

        Assert.Equal(HttpStatusCode.NoContent, (await designer.PostAsync($"/api/definitions/{processId}/versions/{version}/retire", null)).StatusCode);
        var again = await designer.PostAsync($"/api/definitions/{processId}/versions/{version}/retire", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("definition.not-published", await Json.CodeAsync(again));
    }

    [Fact]
    public async Task Validate_ASampleWorkflow_IsValid_AndABrokenOne_ListsItsProblemsWithoutSavingAnything()
    {
        using var designer = await server.BearerAsync("designer.qian");
        var xml = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "workflows", "newborn.bpmn"));
        var broken = xml.Replace("gov:activity=\"Decide\"", string.Empty, StringComparison.Ordinal);
        var before = await (await designer.GetAsync("/api/definitions")).Content.ReadAsStringAsync();

        var good = await Json.ReadAsync(await designer.PostAsync("/api/definitions/validate?fileName=newborn.bpmn", new StringContent(xml, Encoding.UTF8, "application/xml")));
        var bad = await Json.ReadAsync(await designer.PostAsync("/api/definitions/validate?fileName=newborn.bpmn", new StringContent(broken, Encoding.UTF8, "application/xml")));

        Assert.True(good.GetProperty("valid").GetBoolean());
        Assert.Equal("newborn", good.GetProperty("process").GetString());
        Assert.False(bad.GetProperty("valid").GetBoolean());
        var problem = bad.GetProperty("problems")[0];
        Assert.Equal("decide", problem.GetProperty("elementId").GetString());
        Assert.True(problem.GetProperty("line").GetInt32() > 0);
        Assert.Equal(before, await (await designer.GetAsync("/api/definitions")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Upload_NotBpmn_Is422WithProblems()
    {
        using var designer = await server.BearerAsync("admin");
        var response = await designer.PostAsync("/api/definitions", new StringContent("<not-bpmn/>", Encoding.UTF8, "application/xml"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True((await Json.ReadAsync(response)).GetProperty("problems").GetArrayLength() > 0);
    }

    [Fact]
    public async Task UnknownVersion_Is404()
    {
        using var designer = await server.BearerAsync("designer.qian");
        var response = await designer.GetAsync("/api/definitions/restaurantOpening/versions/999/bpmn");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("definition.not-found", await Json.CodeAsync(response));
    }

    private static string ProcessIdOf(string xml)
    {
        var start = xml.IndexOf("<bpmn:process id=\"", StringComparison.Ordinal) + "<bpmn:process id=\"".Length;
        return xml[start..xml.IndexOf('"', start)];
    }
}
