using GovWorkflow.Runtime.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace GovWorkflow.Runtime.Tests.Persistence;

/// <summary>The migrations on SQLite.</summary>
public sealed class SqliteMigrationTests : MigrationTests
{
    [Fact]
    public async Task Initial_IdentityKeys_AreAutoincrementSoDeletedIdsAreNeverReused()
    {
        using var database = await SqliteDatabase.CreateMigratedAsync();
        await using var context = database.CreateContext();

        var tables = await context.Database
            .SqlQuery<string>($"SELECT name AS Value FROM sqlite_master WHERE type = 'table' AND sql LIKE '%\"Id\" INTEGER NOT NULL CONSTRAINT \"PK_%\" PRIMARY KEY AUTOINCREMENT%' ORDER BY name")
            .ToListAsync();

        Assert.Equal(["ActivityJobs", "Audit", "Definitions", "Outbox", "TaskCopies", "TaskSigners", "Tasks", "Timers"], tables);
    }

    [Fact]
    public async Task Build_DefaultDataFolder_OpensWalWithFullSynchronous()
    {
        using var database = await SqliteDatabase.CreateMigratedAsync();
        await using var context = database.CreateContext();
        await context.Database.OpenConnectionAsync();

        Assert.Equal("wal", await context.Database.SqlQuery<string>($"SELECT journal_mode AS Value FROM pragma_journal_mode").SingleAsync());
        Assert.Equal(2, await context.Database.SqlQuery<int>($"SELECT synchronous AS Value FROM pragma_synchronous").SingleAsync());
        Assert.True(File.Exists(database.FilePath));
        Assert.Contains("Default Timeout=30", context.Database.GetConnectionString(), StringComparison.Ordinal);
        Assert.Contains("Cache=Private", context.Database.GetConnectionString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_PooledConnectionsOpenedAgainAndSideBySide_AllKeepFullSynchronous()
    {
        using var database = await SqliteDatabase.CreateMigratedAsync();
        for (var round = 0; round < 3; round++)
        {
            // Two at once: the second needs a native connection of its own, which must be set up too.
            await using var first = database.CreateContext();
            await using var second = database.CreateContext();
            await first.Database.OpenConnectionAsync();
            await second.Database.OpenConnectionAsync();

            foreach (var context in new[] { first, second })
            {
                Assert.Equal(2, await context.Database.SqlQuery<int>($"SELECT synchronous AS Value FROM pragma_synchronous").SingleAsync());
            }
        }
    }

    /// <inheritdoc />
    protected override Task<ITestDatabase> CreateEmptyAsync() => Task.FromResult<ITestDatabase>(new SqliteDatabase());
}
