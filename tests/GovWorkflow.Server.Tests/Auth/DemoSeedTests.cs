using System.Net;
using System.Net.Http.Json;
using GovWorkflow.Runtime.Persistence;
using GovWorkflow.Server.Auth.Persistence;
using GovWorkflow.Server.Tests.Hosting;
using Microsoft.EntityFrameworkCore;

namespace GovWorkflow.Server.Tests.Auth;

[Collection(IsolatedServerGroup.Name)]
public sealed class DemoSeedTests
{
    private const string NewPassword = "Chuangkou-Shouli-2026";

    [Fact]
    public async Task InProduction_WithoutServerDemo_TheSeedRefuses_AndSaysSo()
    {
        await using var server = IsolatedServer.Start("Production");
        using var client = server.Anonymous();

        var login = await client.PostAsJsonAsync("/api/auth/token", new { userId = "clerk.wang", password = ServerFixture.Password });

        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
        await using var context = server.Service<Func<ServerDbContext>>()();
        Assert.False(await context.Users.AnyAsync());
        Assert.Contains(server.Logs.All, l => l.StartsWith("Warning:", StringComparison.Ordinal) && l.Contains("Server:Demo=true", StringComparison.Ordinal));
    }

    [Fact]
    public async Task InProduction_WithServerDemo_SeededUsersMayOnlyChangeThePassword_ThenWorkWithTheSameToken()
    {
        await using var server = IsolatedServer.Start("Production", ("Server:Demo", "true"));
        await using (var context = server.Service<Func<ServerDbContext>>()())
        {
            Assert.All(await context.Users.ToListAsync(), u => Assert.True(u.MustChangePassword));
        }

        using var clerk = await server.BearerAsync("clerk.wang");
        var me = await Json.ReadAsync(await clerk.GetAsync("/api/auth/me"));
        Assert.True(me.GetProperty("mustChangePassword").GetBoolean());
        var inbox = await clerk.GetAsync("/api/tasks");
        var receipt = await clerk.PostAsJsonAsync("/api/cases", new { bundle = "restaurant-opening" });
        Assert.Equal(HttpStatusCode.Forbidden, inbox.StatusCode);
        Assert.Equal("auth.password-change-required", await Json.CodeAsync(inbox));
        Assert.Equal("auth.password-change-required", await Json.CodeAsync(receipt));
        await using (var log = server.Service<Func<RuntimeDbContext>>()())
        {
            Assert.Contains(await log.Audit.Where(a => a.Actor == "clerk.wang" && a.Action == "request.refused").Select(a => a.Detail).ToListAsync(), d => d!.Contains("auth.password-change-required", StringComparison.Ordinal));
        }

        var changed = await clerk.PostAsJsonAsync("/api/auth/password", new { currentPassword = ServerFixture.Password, newPassword = NewPassword });

        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync("/api/tasks")).StatusCode);
        using var again = await server.BearerAsync("clerk.wang", NewPassword);
        Assert.False((await Json.ReadAsync(await again.GetAsync("/api/auth/me"))).GetProperty("mustChangePassword").GetBoolean());
    }

    [Fact]
    public async Task WithServerDemoFalse_EvenInTesting_ASeededUserMustChangeThePasswordFirst()
    {
        await using var server = IsolatedServer.Start("Testing", ("Server:Demo", "false"));
        using var approver = await server.BearerAsync("scjgj.li");

        var refused = await approver.GetAsync("/api/tasks/department");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("auth.password-change-required", await Json.CodeAsync(refused));
    }
}
