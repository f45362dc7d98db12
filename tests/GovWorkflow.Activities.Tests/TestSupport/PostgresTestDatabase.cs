using GovWorkflow.Runtime.Persistence;
using Npgsql;

namespace GovWorkflow.Activities.Tests.TestSupport;

/// <summary>A fresh database on the test PostgreSQL server (GOVWF_TEST_POSTGRES, started by eng/test.sh), dropped on dispose.</summary>
internal sealed class PostgresTestDatabase : IAsyncDisposable
{
    private readonly string serverConnection;

    private PostgresTestDatabase(string server, string name)
    {
        serverConnection = server;
        Name = name;
        Options = new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString() };
    }

    public string Name { get; }

    public DatabaseOptions Options { get; }

    public static async Task<PostgresTestDatabase> CreateAsync()
    {
        var server = Environment.GetEnvironmentVariable("GOVWF_TEST_POSTGRES");
        Assert.False(string.IsNullOrWhiteSpace(server), "GOVWF_TEST_POSTGRES is not set: run `bash eng/test.sh`, which starts the test server, or start it with `bash eng/postgres.sh start`.");
        var database = new PostgresTestDatabase(server!, "govwf_cases_" + Guid.NewGuid().ToString("N"));
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{database.Name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(serverConnection);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
