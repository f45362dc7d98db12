using System.Net;
using System.Net.Http.Json;
using GovWorkflow.Runtime.Persistence;
using GovWorkflow.Server.Auth;
using GovWorkflow.Server.Tests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovWorkflow.Server.Tests.Auth;

/// <summary>Runs on both databases: <see cref="OnSqlite"/> and <see cref="OnPostgres"/>.</summary>
public abstract class PasswordChangeTests(ServerFixture server)
{
    [Collection(ServerGroup.Name)]
    public sealed class OnSqlite(SqliteServerFixture server) : PasswordChangeTests(server);

    [Collection(PostgresServerGroup.Name)]
    public sealed class OnPostgres(PostgresServerFixture server) : PasswordChangeTests(server);

    [Theory]
    [InlineData("Short1a", "至少 10 个字符")]
    [InlineData("onlyletters-here", "须同时包含字母和数字")]
    [InlineData("1234567890", "须同时包含字母和数字")]
    [InlineData("cjdag.song", "须同时包含字母和数字")]
    [InlineData(ServerFixture.Password, "不能使用演示密码")]
    public async Task WeakNewPassword_Is422PasswordWeak_NamingTheRule(string weak, string rule)
    {
        using var client = await server.BearerAsync("cjdag.song");

        var refused = await client.PostAsJsonAsync("/api/auth/password", new { currentPassword = ServerFixture.Password, newPassword = weak });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var problem = await Json.ReadAsync(refused);
        Assert.Equal("auth.password-weak", problem.GetProperty("code").GetString());
        Assert.Contains(rule, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Policy_RefusesTheUserIdItself_EvenWithDigits()
    {
        var policy = server.Factory.Services.GetRequiredService<PasswordPolicy>();

        Assert.Contains("不能与用户名相同", policy.Check("zjj.gao2026x", "ZJJ.GAO2026X"));
        Assert.Empty(policy.Check("zjj.gao", "窗口受理2026abc"));
    }

    [Fact]
    public async Task WrongCurrentPassword_Is403PasswordWrong_AndCountsAsAFailedSignIn()
    {
        using var client = await server.BearerAsync("zrzyj.xu");

        var refused = await client.PostAsJsonAsync("/api/auth/password", new { currentPassword = "not-the-password", newPassword = "Shouldnt-change-1" });

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("auth.password-wrong", await Json.CodeAsync(refused));
        await using var log = server.Factory.Services.GetRequiredService<Func<RuntimeDbContext>>()();
        Assert.Contains("auth.failed", await log.Audit.Where(a => a.Actor == "zrzyj.xu").Select(a => a.Action).ToListAsync());
    }

    [Fact]
    public async Task GoodNewPassword_IsTaken_TheOldOneNoLonger_AndTheChangeIsAudited()
    {
        const string NewPassword = "HuiYan-Acceptance-2026";
        using var client = await server.BearerAsync("rfb.luo");

        var changed = await client.PostAsJsonAsync("/api/auth/password", new { currentPassword = ServerFixture.Password, newPassword = NewPassword });

        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        using var anonymous = server.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/auth/token", new { userId = "rfb.luo", password = ServerFixture.Password })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.PostAsJsonAsync("/api/auth/token", new { userId = "rfb.luo", password = NewPassword })).StatusCode);
        await using var log = server.Factory.Services.GetRequiredService<Func<RuntimeDbContext>>()();
        Assert.Single(await log.Audit.Where(a => a.Actor == "rfb.luo" && a.Action == PasswordChange.Action).ToListAsync());
    }

    [Fact]
    public async Task InTheTestingEnvironment_ASeededUser_MayWorkWithoutChangingThePassword()
    {
        using var client = await server.BearerAsync("cjdag.song");

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/tasks")).StatusCode);
        Assert.False((await Json.ReadAsync(await client.GetAsync("/api/auth/me"))).GetProperty("mustChangePassword").GetBoolean());
    }
}
