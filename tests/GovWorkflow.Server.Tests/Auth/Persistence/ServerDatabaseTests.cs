using GovWorkflow.Runtime.Persistence;
using GovWorkflow.Server.Auth.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

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
        var server = Environment.GetEnvironmentVariable("GOVWF_TEST_POSTGRES");
        Assert.False(string.IsNullOrWhiteSpace(server), "GOVWF_TEST_POSTGRES is not set: run `bash eng/test.sh`, which starts the test server, or start it with `bash eng/postgres.sh start`.");
        var name = "govwf_server_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync(server!, $"CREATE DATABASE \"{name}\"");
        try
        {
            await AssertMigratesAsync(new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString() });
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(server!, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }
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

    private static async Task ExecuteAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
