using System.Data.Common;
using GovWorkflow.Runtime.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GovWorkflow.Benchmarks.Runtime;

/// <summary>A fresh, migrated runtime database for one measurement: an SQLite file in a temporary folder, or a new PostgreSQL database; deleted on dispose.</summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private readonly string? folder;
    private readonly string? serverConnectionString;

    private BenchDatabase(DatabaseProvider provider, string connectionString, DbContextOptions<RuntimeDbContext> options, string? folder, string? serverConnectionString)
    {
        Provider = provider;
        ConnectionString = connectionString;
        Options = options;
        this.folder = folder;
        this.serverConnectionString = serverConnectionString;
    }

    /// <summary>Counts the commands every context of every bench database sends.</summary>
    public static CommandCounter Commands { get; } = new();

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public DbContextOptions<RuntimeDbContext> Options { get; }

    public string Name => Provider == DatabaseProvider.Sqlite ? "SQLite" : "PostgreSQL";

    /// <summary>Creates and migrates the database exactly as the runtime does (<see cref="RuntimeDatabase.Build(DatabaseOptions)"/>, <see cref="RuntimeDatabase.MigrateAsync"/>).</summary>
    public static async Task<BenchDatabase> CreateAsync(DatabaseProvider provider, string? postgresServer)
    {
        BenchDatabase database;
        if (provider == DatabaseProvider.Sqlite)
        {
            var dataFolder = Path.Combine(Path.GetTempPath(), "govwf-bench-" + Guid.NewGuid().ToString("N"));
            var settings = new DatabaseOptions { DataFolder = dataFolder };
            database = new BenchDatabase(provider, RuntimeDatabase.SqliteConnectionString(settings), RuntimeDatabase.Build(settings, [Commands]), dataFolder, null);
        }
        else
        {
            var server = postgresServer ?? throw new InvalidOperationException("No PostgreSQL server: run `bash eng/postgres.sh start` or set GOVWF_TEST_POSTGRES.");
            var name = "govwf_bench_" + Guid.NewGuid().ToString("N");
            await using (var connection = new NpgsqlConnection(server))
            {
                await connection.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
                await create.ExecuteNonQueryAsync();
            }

            var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name, MaxPoolSize = 20 }.ToString();
            var settings = new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = connectionString };
            database = new BenchDatabase(provider, connectionString, RuntimeDatabase.Build(settings, [Commands]), null, server);
        }

        await using (var context = database.NewContext())
        {
            await RuntimeDatabase.MigrateAsync(context, CancellationToken.None);
        }

        return database;
    }

    public RuntimeDbContext NewContext() => new(Options);

    /// <summary>An open ADO.NET connection with the runtime's connection settings (on SQLite also its WAL and <c>synchronous=FULL</c> pragmas).</summary>
    public async Task<DbConnection> OpenConnectionAsync()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            var sqlite = new SqliteConnection(ConnectionString);
            await sqlite.OpenAsync();
            await using var pragmas = sqlite.CreateCommand();
            pragmas.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;";
            await pragmas.ExecuteNonQueryAsync();
            return sqlite;
        }

        var npgsql = new NpgsqlConnection(ConnectionString);
        await npgsql.OpenAsync();
        return npgsql;
    }

    /// <summary>Refreshes the planner statistics after a bulk load.</summary>
    public async Task AnalyzeAsync()
    {
        await using var connection = await OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "ANALYZE";
        command.CommandTimeout = 600;
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (folder is not null)
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(serverConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{new NpgsqlConnectionStringBuilder(ConnectionString).Database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
