using GovWorkflow.Runtime.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace GovWorkflow.Runtime.Tests.TestSupport;

/// <summary>A fresh SQLite file (<c>govworkflow.db</c>) in a <see cref="TempDirectory"/>, set up the way the product sets it up.</summary>
public sealed class SqliteDatabase : ITestDatabase, IDisposable
{
    private readonly TempDirectory folder = new();

    /// <summary>Chooses the file; it is created on the first open.</summary>
    public SqliteDatabase()
    {
        Options = RuntimeDatabase.Build(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, DataFolder = folder.Path });
    }

    /// <inheritdoc />
    public DatabaseProvider Provider => DatabaseProvider.Sqlite;

    /// <inheritdoc />
    public DbContextOptions<RuntimeDbContext> Options { get; }

    /// <summary>The database file.</summary>
    public string FilePath => Path.Combine(folder.Path, DatabaseOptions.SqliteFileName);

    /// <summary>A fresh database with the runtime schema applied.</summary>
    public static async Task<SqliteDatabase> CreateMigratedAsync()
    {
        var database = new SqliteDatabase();
        await using (var context = database.CreateContext())
        {
            await RuntimeDatabase.MigrateAsync(context, CancellationToken.None);
        }

        return database;
    }

    /// <inheritdoc />
    public RuntimeDbContext CreateContext() => new(Options);

    /// <inheritdoc />
    public Task InitializeAsync() => Task.CompletedTask;

    /// <inheritdoc />
    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Closes pooled connections to the file and deletes its folder.</summary>
    public void Dispose()
    {
        using (var connection = new SqliteConnection(RuntimeDatabase.SqliteConnectionString(new DatabaseOptions { DataFolder = folder.Path })))
        {
            SqliteConnection.ClearPool(connection);
        }

        folder.Dispose();
    }
}
