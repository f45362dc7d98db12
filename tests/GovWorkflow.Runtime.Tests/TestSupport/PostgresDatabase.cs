using GovWorkflow.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GovWorkflow.Runtime.Tests.TestSupport;

/// <summary>A fresh PostgreSQL database (<c>govwf_test_&lt;guid&gt;</c>) on the test server, dropped on dispose.</summary>
/// <remarks>
/// The server is the one <c>GOVWF_TEST_POSTGRES</c> names (set by <c>eng/test.sh</c>). Without it the tests fail:
/// PostgreSQL is a supported production database, so its tests are never skipped.
/// </remarks>
public sealed class PostgresDatabase : ITestDatabase
{
    /// <summary>The environment variable with the server's connection string.</summary>
    public const string VariableName = "GOVWF_TEST_POSTGRES";

    private readonly string serverConnectionString;

    /// <summary>Chooses a database name; <see cref="InitializeAsync"/> creates it.</summary>
    public PostgresDatabase()
    {
        var server = Environment.GetEnvironmentVariable(VariableName);
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new InvalidOperationException(
                $"{VariableName} is not set, so the PostgreSQL tests cannot run. Start the test server with "
                + "`bash eng/postgres.sh start` and export " + VariableName + "=\"$(cat /tmp/govwf-pg/connection)\" "
                + "(eng/test.sh does both).");
        }

        serverConnectionString = server;
        Name = "govwf_test_" + Guid.NewGuid().ToString("N");
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = Name }.ToString();
        Options = RuntimeDatabase.Build(new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = ConnectionString });
    }

    /// <summary>The database name.</summary>
    public string Name { get; }

    /// <summary>The connection string of this database.</summary>
    public string ConnectionString { get; }

    /// <inheritdoc />
    public DatabaseProvider Provider => DatabaseProvider.Postgres;

    /// <inheritdoc />
    public DbContextOptions<RuntimeDbContext> Options { get; }

    /// <summary>A fresh database with the runtime schema applied.</summary>
    public static async Task<PostgresDatabase> CreateMigratedAsync()
    {
        var database = new PostgresDatabase();
        await database.InitializeAsync();
        await using (var context = database.CreateContext())
        {
            await RuntimeDatabase.MigrateAsync(context, CancellationToken.None);
        }

        return database;
    }

    /// <inheritdoc />
    public RuntimeDbContext CreateContext() => new(Options);

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        await using var connection = new NpgsqlConnection(serverConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{Name}\"", connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        await using (var pooled = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        await using var connection = new NpgsqlConnection(serverConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
