using System.Net;
using GovWorkflow.Server.Hosting;
using GovWorkflow.Server.Tests.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace GovWorkflow.Server.Tests.Auth;

[Collection(ServerGroup.Name)]
public sealed class EndpointAuthorizationTests(ServerFixture server)
{
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
}
