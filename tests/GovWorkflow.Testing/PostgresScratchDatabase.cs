using Npgsql;

namespace GovWorkflow.Testing;

/// <summary>A fresh, empty database on the test PostgreSQL server (<c>GOVWF_TEST_POSTGRES</c>, started by eng/test.sh), dropped on dispose.</summary>
public sealed class PostgresScratchDatabase : IAsyncDisposable
{
    /// <summary>The environment variable with the server's connection string.</summary>
    public const string VariableName = "GOVWF_TEST_POSTGRES";

    private readonly string server;

    private PostgresScratchDatabase(string server, string name)
    {
        this.server = server;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();
    }

    /// <summary>The database's name.</summary>
    public string Name { get; }

    /// <summary>The connection string of this database.</summary>
    public string ConnectionString { get; }

    /// <summary>A new database named <paramref name="prefix"/> and a GUID, not yet created: see <see cref="CreateAsync()"/>.</summary>
    /// <exception cref="InvalidOperationException">The test server is not configured.</exception>
    public static PostgresScratchDatabase Named(string prefix)
    {
        var connection = Environment.GetEnvironmentVariable(VariableName);
        if (string.IsNullOrWhiteSpace(connection))
        {
            throw new InvalidOperationException(
                $"{VariableName} is not set, so the PostgreSQL tests cannot run. Start the test server with "
                + "`bash eng/postgres.sh start` and export " + VariableName + "=\"$(cat /tmp/govwf-pg/connection)\" "
                + "(eng/test.sh does both).");
        }

        return new PostgresScratchDatabase(connection, prefix + Guid.NewGuid().ToString("N"));
    }

    /// <summary>Names and creates a database in one go.</summary>
    public static async Task<PostgresScratchDatabase> CreateAsync(string prefix)
    {
        var database = Named(prefix);
        await database.CreateAsync();
        return database;
    }

    /// <summary>Creates the database.</summary>
    public Task CreateAsync() => ExecuteAsync($"CREATE DATABASE \"{Name}\"");

    /// <summary>Drops the database, closing whatever pooled connections still use it.</summary>
    public async ValueTask DisposeAsync()
    {
        await using (var pooled = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
