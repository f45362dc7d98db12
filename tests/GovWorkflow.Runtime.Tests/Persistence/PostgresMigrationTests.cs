using GovWorkflow.Runtime.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace GovWorkflow.Runtime.Tests.Persistence;

/// <summary>The migrations on PostgreSQL.</summary>
public sealed class PostgresMigrationTests : MigrationTests
{
    [Fact]
    public async Task Initial_IdentityKeys_AreIdentityByDefaultColumns()
    {
        var database = await PostgresDatabase.CreateMigratedAsync();
        try
        {
            await using var context = database.CreateContext();

            var tables = await context.Database
                .SqlQuery<string>($"SELECT table_name AS \"Value\" FROM information_schema.columns WHERE column_name = 'Id' AND is_identity = 'YES' AND identity_generation = 'BY DEFAULT' ORDER BY table_name")
                .ToListAsync();

            Assert.Equal(["ActivityJobs", "Audit", "Definitions", "Outbox", "TaskCopies", "TaskSigners", "Tasks", "Timers"], tables);
        }
        finally
        {
            await database.DisposeAsync();
        }
    }

    /// <inheritdoc />
    protected override async Task<ITestDatabase> CreateEmptyAsync()
    {
        var database = new PostgresDatabase();
        await database.InitializeAsync();
        return database;
    }
}
