using GovWorkflow.Activities.Cases;
using GovWorkflow.Activities.Cases.Persistence;
using GovWorkflow.Domain.Errors;
using GovWorkflow.Domain.People;
using GovWorkflow.Runtime.Definitions;
using GovWorkflow.Runtime.Persistence;
using GovWorkflow.Server.Auth.Persistence;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace GovWorkflow.Server.Hosting;

/// <summary>
/// At start, before the runtime's own start-up: migrates the runtime, case and server schemas; on first run publishes
/// the sample bundles' workflows and seeds the demo users; imports the sample licences; prints the logins and, once
/// listening, the address.
/// </summary>
/// <remarks>
/// The demo users are seeded only where <see cref="DemoMode.SeedAllowed"/> (in <c>Production</c> only with
/// <c>Server:Demo=true</c>), each flagged to change the demo password.
/// </remarks>
internal sealed partial class ServerStartup(
    Func<RuntimeDbContext> runtimeContexts,
    Func<CaseDbContext> caseContexts,
    Func<ServerDbContext> serverContexts,
    DefinitionService definitions,
    ICaseStore store,
    ServerSamples samples,
    ServerOptions options,
    DemoMode mode,
    ServerPeople people,
    IPasswordHasher<UserRecord> hasher,
    IHostApplicationLifetime lifetime,
    IServer server,
    ILogger<ServerStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using (var context = runtimeContexts())
        {
            await RuntimeDatabase.MigrateAsync(context, cancellationToken).ConfigureAwait(false);
        }

        await using (var context = caseContexts())
        {
            await RuntimeDatabase.MigrateAsync(context, cancellationToken).ConfigureAwait(false);
        }

        bool firstRun;
        await using (var context = serverContexts())
        {
            await RuntimeDatabase.MigrateAsync(context, cancellationToken).ConfigureAwait(false);
            firstRun = !await context.Users.AnyAsync(cancellationToken).ConfigureAwait(false);
        }

        if (firstRun)
        {
            await PublishWorkflowsAsync(cancellationToken).ConfigureAwait(false);
            if (mode.SeedAllowed)
            {
                await SeedUsersAsync(cancellationToken).ConfigureAwait(false);
            }
            else
            {
                LogSeedRefused();
                firstRun = false;
            }
        }

        await store.ImportLicensesAsync(samples.Licenses, cancellationToken).ConfigureAwait(false);
        await using (var context = serverContexts())
        {
            var users = await context.Users.AsNoTracking().OrderBy(u => u.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
            people.Directory = new PeopleDirectory(users.Select(u => new Person(u.Id, u.Name, u.Department, u.RoleList, u.IdNumber)));
            PrintLogins(users, firstRun);
        }

        lifetime.ApplicationStarted.Register(PrintAddress);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task PublishWorkflowsAsync(CancellationToken cancellationToken)
    {
        foreach (var bundle in samples.Bundles)
        {
            await using (var context = runtimeContexts())
            {
                if (await context.Definitions.AnyAsync(d => d.ProcessId == bundle.ProcessId, cancellationToken).ConfigureAwait(false))
                {
                    continue;
                }
            }

            var xml = await File.ReadAllTextAsync(bundle.WorkflowPath, cancellationToken).ConfigureAwait(false);
            var published = await definitions.PublishAsync(xml, Path.GetFileName(bundle.WorkflowPath), "system", cancellationToken).ConfigureAwait(false);
            if (!published.Succeeded)
            {
                throw new DomainException([new DomainError(
                    "server.workflow-invalid",
                    $"示例流程 {bundle.WorkflowPath} 不能发布：{string.Join("；", published.Problems.Select(p => p.ToString()))}",
                    "A sample workflow cannot be published.")]);
            }
        }
    }

    private async Task SeedUsersAsync(CancellationToken cancellationToken)
    {
        await using var context = serverContexts();
        foreach (var person in samples.People.All.OrderBy(p => p.Id, StringComparer.Ordinal))
        {
            var user = new UserRecord
            {
                Id = person.Id,
                Name = person.Name,
                Department = person.Department,
                Roles = string.Join(',', person.Roles),
                IdNumber = person.IdNumber,
                PasswordHash = string.Empty,
                MustChangePassword = true,
            };
            user.PasswordHash = hasher.HashPassword(user, options.DemoPassword);
            context.Users.Add(user);
        }

        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    private void PrintLogins(List<UserRecord> users, bool firstRun)
    {
        var password = firstRun ? $"演示密码：{options.DemoPassword}" : "演示密码为首次运行时设置的密码";
        Console.WriteLine($"GovWorkflow 服务器：{users.Count} 个用户（{password}）");
        foreach (var user in users)
        {
            Console.WriteLine($"  {user.Id,-18} {user.Name}  [{user.Roles}]{(user.Department is null ? string.Empty : " " + user.Department)}");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "演示用户未创建：生产环境（Production）中须显式设置 Server:Demo=true 才会以演示密码创建演示用户；用户表为空，无人可以登录。")]
    private partial void LogSeedRefused();

    private void PrintAddress()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses)
        {
            Console.WriteLine($"GovWorkflow 服务器已启动：{address}（OpenAPI：{address}/openapi/v1.json）");
        }
    }
}
