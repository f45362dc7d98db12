using GovWorkflow.Runtime.Persistence;
using GovWorkflow.Server.Auth.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovWorkflow.Server.Tests.Auth.Persistence;

public sealed class ServerDatabaseTests
{
    [Fact]
    public async Task Sqlite_MigratesTwice_AndModelMatchesSnapshot()
    {
        using var data = new TempDirectory();
        await AssertMigratesAsync(new DatabaseOptions { DataFolder = data.Path });
    }

    [Fact]
    public async Task Postgres_MigratesTwice_AndModelMatchesSnapshot()
    {
        await using var database = await PostgresScratchDatabase.CreateAsync("govwf_server_");

        await AssertMigratesAsync(new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = database.ConnectionString });
    }

    private static async Task AssertMigratesAsync(DatabaseOptions options)
    {
        for (var run = 0; run < 2; run++)
        {
            await using var context = new ServerDbContext(RuntimeDatabase.BuildFor<ServerDbContext>(options, [], ServerDbContext.HistoryTable));
            await RuntimeDatabase.MigrateAsync(context, CancellationToken.None);
            Assert.False(context.Database.HasPendingModelChanges(), "ServerDbContext differs from its model snapshot: add a migration and update ServerDbContextModelSnapshot.");
            context.Users.Add(new UserRecord { Id = "u" + run, Name = "测试", Roles = "clerk", PasswordHash = "x", LockedUntil = 42 });
            await context.SaveChangesAsync();
        }
    }
}
