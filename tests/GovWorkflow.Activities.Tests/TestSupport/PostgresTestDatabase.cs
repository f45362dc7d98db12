using GovWorkflow.Runtime.Persistence;

namespace GovWorkflow.Activities.Tests.TestSupport;

/// <summary>A fresh database on the test PostgreSQL server as runtime database options, dropped on dispose.</summary>
internal sealed class PostgresTestDatabase : IAsyncDisposable
{
    private readonly PostgresScratchDatabase scratch;

    private PostgresTestDatabase(PostgresScratchDatabase scratch)
    {
        this.scratch = scratch;
        Options = new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = scratch.ConnectionString };
    }

    public DatabaseOptions Options { get; }

    public static async Task<PostgresTestDatabase> CreateAsync() => new(await PostgresScratchDatabase.CreateAsync("govwf_cases_"));

    public ValueTask DisposeAsync() => scratch.DisposeAsync();
}
