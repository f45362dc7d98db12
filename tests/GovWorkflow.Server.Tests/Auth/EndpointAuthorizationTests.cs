using System.Net;
using System.Text;
using GovWorkflow.Server.Hosting;
using GovWorkflow.Server.Tests.Cases;
using GovWorkflow.Server.Tests.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace GovWorkflow.Server.Tests.Auth;

/// <summary>Runs on both databases: <see cref="OnSqlite"/> and <see cref="OnPostgres"/>.</summary>
public abstract class EndpointAuthorizationTests(ServerFixture server)
{
    [Collection(ServerGroup.Name)]
    public sealed class OnSqlite(SqliteServerFixture server) : EndpointAuthorizationTests(server);

    [Collection(PostgresServerGroup.Name)]
    public sealed class OnPostgres(PostgresServerFixture server) : EndpointAuthorizationTests(server);

    public static TheoryData<string, string> Refused => new()
    {
        { "GET", "/api/definitions" },
        { "POST", "/api/definitions/restaurantOpening/versions/1/retire" },
        { "POST", "/api/cases" },
        { "GET", "/api/cases/X/timeline" },
        { "GET", "/api/cases/X/materials/1/content" },
        { "GET", "/api/tasks" },
        { "POST", "/api/tasks/1/complete" },
        { "GET", "/api/tasks/department" },
        { "POST", "/api/tasks/1/claim" },
        { "POST", "/api/tasks/1/unclaim" },
        { "POST", "/api/tasks/1/transfer" },
        { "POST", "/api/tasks/1/delegate" },
        { "POST", "/api/tasks/1/resolve" },
        { "POST", "/api/tasks/1/urge" },
        { "POST", "/api/tasks/1/copy" },
        { "GET", "/api/tasks/copies" },
        { "GET", "/api/supervision/tasks" },
        { "GET", "/api/auth/me" },
        { "POST", "/api/auth/password" },
    };

    /// <summary>
    /// Per endpoint with a task id or case number in its route: a caller of the right role from a department that does not
    /// reach the task or case, the body, and the refusal (always 403; a missing task or case stays 404). The users of
    /// another department: 马骏 (approver, 示范市公安局), and the 新华街道 clerk and supervisor of
    /// <see cref="ServerFixture.TestPeople"/>. Placeholders <c>{taskId}</c>, <c>{caseId}</c>, <c>{version}</c>.
    /// </summary>
    public static TheoryData<string, string, string, string> WrongDepartment => new()
    {
        { "POST /api/tasks/{taskId:long}/complete", "gaj.ma", """{"decision":{"approved":true},"expectedVersion":{version}}""", "desk.not-candidate" },
        { "POST /api/tasks/{taskId:long}/claim", "gaj.ma", "{}", "desk.not-candidate" },
        { "POST /api/tasks/{taskId:long}/unclaim", "gaj.ma", "{}", "task.not-assignee" },
        { "POST /api/tasks/{taskId:long}/transfer", "gaj.ma", """{"to":"scjgj.chen"}""", "desk.not-candidate" },
        { "POST /api/tasks/{taskId:long}/delegate", "gaj.ma", """{"to":"scjgj.chen"}""", "desk.not-candidate" },
        { "POST /api/tasks/{taskId:long}/resolve", "gaj.ma", "{}", "task.not-assignee" },
        { "POST /api/tasks/{taskId:long}/urge", "supervisor.xhjd", "{}", "task.not-allowed" },
        { "POST /api/tasks/{taskId:long}/copy", "supervisor.xhjd", """{"users":["cgj.zhao"]}""", "desk.not-candidate" },
        { "GET /api/cases/{caseId}/timeline", "gaj.ma", "", "case.other-department" },
        { "POST /api/cases/{caseId}/acceptance", "clerk.xhjd", """{"decision":"accept"}""", "case.other-department" },
        { "POST /api/cases/{caseId}/materials", "clerk.xhjd", "{}", "case.other-department" },
        { "GET /api/cases/{caseId}/materials", "gaj.ma", "", "case.other-department" },
        { "POST /api/cases/{caseId}/withdraw", "clerk.xhjd", """{"reason":"不再办理"}""", "case.other-department" },
        { "GET /api/tasks/{taskId:long}/signers", "gaj.ma", "", "desk.not-candidate" },
        { "POST /api/tasks/{taskId:long}/signers", "gaj.ma", """{"users":["scj.he"]}""", "desk.not-candidate" },
        { "DELETE /api/tasks/{taskId:long}/signers/{userId}", "gaj.ma", "", "task.not-assignee" },
        { "POST /api/tasks/{taskId:long}/sign", "gaj.ma", """{"agreed":true}""", "task.not-signer" },
        { "GET /api/tasks/{taskId:long}/send-back-targets", "gaj.ma", "", "desk.not-candidate" },
        { "POST /api/tasks/{taskId:long}/send-back", "gaj.ma", """{"target":"checkMaterials","comment":"退回"}""", "desk.not-candidate" },
        { "POST /api/tasks/{taskId:long}/withdraw", "gaj.ma", "{}", "task.not-yours" },
        { "POST /api/tasks/{taskId:long}/suspend", "supervisor.xhjd", """{"comment":"核查"}""", "task.not-allowed" },
        { "POST /api/tasks/{taskId:long}/resume", "supervisor.xhjd", "{}", "task.not-allowed" },
    };

    /// <summary>Endpoints with a task id or case number that have no wrong-department case, and why.</summary>
    public static readonly IReadOnlyDictionary<string, string> WithoutWrongDepartment = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["GET /api/cases/{caseId}/materials/{fileId:long}/content"] = "needs a stored file: MaterialDownloadTests refuses 马骏 (another department) with case.other-department",
        ["GET /api/cases/{caseId}/status"] = "anonymous: the applicant's identity number is the check (a wrong one answers 404 like an unknown case)",
    };

    [Fact]
    public void EveryEndpointWithATaskOrCase_HasAWrongDepartmentCase()
    {
        var covered = WrongDepartment.Select(row => (string)row[0]).Concat(WithoutWrongDepartment.Keys).ToHashSet(StringComparer.Ordinal);
        var missing = RouteKeys(server).Where(e => e.Parameters.Any(p => p is "taskId" or "caseId")).Select(e => e.Key)
            .Where(key => !covered.Contains(key)).ToList();
        Assert.True(missing.Count == 0, "Add a wrong-department case to WrongDepartment for: " + string.Join(", ", missing));
        Assert.All(covered, key => Assert.Contains(key, RouteKeys(server).Select(e => e.Key)));
    }

    [Theory]
    [MemberData(nameof(WrongDepartment))]
    public async Task RightRole_OtherDepartment_IsRefusedWith403(string endpoint, string user, string body, string code)
    {
        using var clerk = await server.BearerAsync("clerk.wang");
        var (caseId, open) = await RestaurantCase.ReceiveAsync(clerk);
        var checkedMaterials = await RestaurantCase.CompleteAsync(clerk, RestaurantCase.Task(open, "checkMaterials"), new { materialCheck = "complete" });
        var review = RestaurantCase.Task((await Json.ReadAsync(checkedMaterials)).GetProperty("openTasks"), "reviewBusinessLicence");
        var method = endpoint[..endpoint.IndexOf(' ', StringComparison.Ordinal)];
        var path = endpoint[(method.Length + 1)..].Replace("{taskId:long}", review.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{caseId}", caseId, StringComparison.Ordinal);

        using var client = await server.BearerAsync(user);
        using var request = new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = method == "POST" ? new StringContent(body.Replace("{version}", review.GetProperty("version").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal), Encoding.UTF8, "application/json") : null,
        };
        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(code, await Json.CodeAsync(response));
    }

    [Fact]
    public void EveryEndpoint_NamesAPolicy_OrIsOnTheAnonymousAllowList()
    {
        var endpoints = server.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        Assert.NotEmpty(endpoints);
        var problems = new List<string>();
        foreach (var endpoint in endpoints)
        {
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"];
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Where(a => !string.IsNullOrEmpty(a.Policy) || !string.IsNullOrEmpty(a.Roles)).ToList();
            foreach (var method in methods)
            {
                var key = $"{method} {endpoint.RoutePattern.RawText}";
                var allowed = ServerPipeline.AnonymousEndpoints.Contains(key, StringComparer.Ordinal);
                if (allowed != anonymous)
                {
                    problems.Add(allowed ? $"{key}: on the allow-list but not AllowAnonymous" : $"{key}: AllowAnonymous but not on the allow-list");
                }
                else if (!allowed && policies.Count == 0)
                {
                    problems.Add($"{key}: names no authorization policy");
                }
            }
        }

        Assert.Empty(problems);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Anonymous_IsRefusedWith401(string method, string path)
    {
        using var client = server.Anonymous();
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "POST" ? new StringContent("{}", System.Text.Encoding.UTF8, "application/json") : null };
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("auth.unauthenticated", await Json.CodeAsync(response));
    }

    [Theory]
    [InlineData("clerk.wang", "GET", "/api/definitions")]
    [InlineData("scjgj.li", "POST", "/api/definitions/restaurantOpening/versions/1/retire")]
    [InlineData("scjgj.li", "POST", "/api/cases")]
    [InlineData("applicant.zhang", "POST", "/api/cases")]
    [InlineData("clerk.wang", "GET", "/api/supervision/tasks")]
    [InlineData("designer.qian", "GET", "/api/supervision/tasks")]
    [InlineData("clerk.wang", "GET", "/api/tasks/department")]
    [InlineData("applicant.zhang", "POST", "/api/tasks/1/claim")]
    [InlineData("applicant.zhang", "POST", "/api/tasks/1/transfer")]
    [InlineData("applicant.zhang", "GET", "/api/tasks/copies")]
    public async Task WrongRole_IsRefusedWith403(string user, string method, string path)
    {
        using var client = await server.BearerAsync(user);
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "POST" ? new StringContent("{}", System.Text.Encoding.UTF8, "application/json") : null };
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var problem = await Json.ReadAsync(response);
        Assert.Equal("auth.forbidden", problem.GetProperty("code").GetString());
        Assert.Equal("无权进行此操作", problem.GetProperty("title").GetString());
    }

    /// <summary>Every mapped "METHOD pattern" with its route parameters' names.</summary>
    private static List<(string Key, List<string> Parameters)> RouteKeys(ServerFixture server) =>
        [.. server.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"])
                .Select(m => (Key: $"{m} {e.RoutePattern.RawText}", Parameters: e.RoutePattern.Parameters.Select(p => p.Name).ToList())))];
}
