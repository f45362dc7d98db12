using GovWorkflow.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovWorkflow.Runtime.Tests.TestSupport;

/// <summary>A fresh PostgreSQL database (<c>govwf_test_&lt;guid&gt;</c>) on the test server, dropped on dispose.</summary>
/// <remarks>
/// The server is the one <c>GOVWF_TEST_POSTGRES</c> names (set by <c>eng/test.sh</c>). Without it the tests fail:
/// PostgreSQL is a supported production database, so its tests are never skipped.
/// </remarks>
public sealed class PostgresDatabase : ITestDatabase
{
    /// <summary>The environment variable with the server's connection string.</summary>
    public const string VariableName = PostgresScratchDatabase.VariableName;

    private readonly PostgresScratchDatabase scratch;

    /// <summary>Chooses a database name; <see cref="InitializeAsync"/> creates it.</summary>
    public PostgresDatabase()
    {
        scratch = PostgresScratchDatabase.Named("govwf_test_");
        Name = scratch.Name;
        ConnectionString = scratch.ConnectionString;
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
    public Task InitializeAsync() => scratch.CreateAsync();

    /// <inheritdoc />
    public async Task DisposeAsync() => await scratch.DisposeAsync();
}
