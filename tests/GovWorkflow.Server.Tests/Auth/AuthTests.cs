using System.Net;
using System.Net.Http.Json;
using GovWorkflow.Runtime.Persistence;
using GovWorkflow.Server.Tests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovWorkflow.Server.Tests.Auth;

/// <summary>Runs on both databases: <see cref="OnSqlite"/> and <see cref="OnPostgres"/>.</summary>
public abstract class AuthTests(ServerFixture server)
{
    [Collection(ServerGroup.Name)]
    public sealed class OnSqlite(SqliteServerFixture server) : AuthTests(server);

    [Collection(PostgresServerGroup.Name)]
    public sealed class OnPostgres(PostgresServerFixture server) : AuthTests(server);

    [Fact]
    public async Task Login_RightPassword_SetsCookieThatAuthenticatesLaterCalls()
    {
        using var client = server.Anonymous();
        var login = await client.PostAsJsonAsync("/api/auth/login", new { userId = "clerk.liu", password = ServerFixture.Password });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Contains(login.Headers.GetValues("Set-Cookie"), c => c.StartsWith("govwf.auth=", StringComparison.Ordinal));

        var me = await Json.ReadAsync(await client.GetAsync("/api/auth/me"));
        Assert.Equal("clerk.liu", me.GetProperty("id").GetString());
        Assert.Equal("刘洋", me.GetProperty("name").GetString());
        Assert.Contains("clerk", me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Login_WrongPassword_Is401WithChineseProblem()
    {
        using var client = server.Anonymous();
        var login = await client.PostAsJsonAsync("/api/auth/login", new { userId = "gaj.ma", password = "wrong-password" });
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
        var problem = await Json.ReadAsync(login);
        Assert.Equal("auth.invalid-credentials", problem.GetProperty("code").GetString());
        Assert.Equal("用户名或密码错误。", problem.GetProperty("detail").GetString());
        Assert.Equal("application/problem+json", login.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Login_UnknownUser_AnswersLikeAWrongPassword()
    {
        using var client = server.Anonymous();
        var login = await client.PostAsJsonAsync("/api/auth/token", new { userId = "nobody", password = "whatever1" });
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
        Assert.Equal("auth.invalid-credentials", await Json.CodeAsync(login));
    }

    [Fact]
    public async Task Login_FiveFailures_LockTheAccountEvenForTheRightPassword()
    {
        using var client = server.Anonymous();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var failed = await client.PostAsJsonAsync("/api/auth/login", new { userId = "rmyh.guo", password = "wrong-" + attempt });
            Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode);
        }

        var fifth = await client.PostAsJsonAsync("/api/auth/login", new { userId = "rmyh.guo", password = "wrong-5" });
        Assert.Equal((HttpStatusCode)423, fifth.StatusCode);
        Assert.Equal("auth.locked-out", await Json.CodeAsync(fifth));

        var right = await client.PostAsJsonAsync("/api/auth/token", new { userId = "rmyh.guo", password = ServerFixture.Password });
        Assert.Equal((HttpStatusCode)423, right.StatusCode);

        // Every attempt is in the audit log with the id it was made for.
        await using var log = server.Factory.Services.GetRequiredService<Func<RuntimeDbContext>>()();
        var actions = await log.Audit.Where(a => a.Actor == "rmyh.guo").OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
        Assert.Equal(["auth.failed", "auth.failed", "auth.failed", "auth.failed", "auth.locked-out", "auth.locked-out"], actions);
    }

    [Fact]
    public async Task BearerToken_AuthenticatesAnApiCall()
    {
        using var client = await server.BearerAsync("designer.qian");
        var list = await client.GetAsync("/api/definitions");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        var processes = (await Json.ReadAsync(list)).EnumerateArray().Select(d => d.GetProperty("processId").GetString()).ToList();
        Assert.Contains("restaurantOpening", processes);
        Assert.Equal(4, processes.Count);
    }

    [Fact]
    public async Task BearerToken_Garbage_Is401()
    {
        using var client = server.Anonymous();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "not-a-token");
        var response = await client.GetAsync("/api/tasks");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("auth.unauthenticated", await Json.CodeAsync(response));
    }
}
