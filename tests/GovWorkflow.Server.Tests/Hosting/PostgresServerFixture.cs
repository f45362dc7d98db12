using GovWorkflow.Runtime.Persistence;

namespace GovWorkflow.Server.Tests.Hosting;

/// <summary>The server on a fresh PostgreSQL database of the test server (<c>GOVWF_TEST_POSTGRES</c>), dropped at the end.</summary>
/// <remarks>
/// Without <c>GOVWF_TEST_POSTGRES</c> every test of the collection fails with the message of
/// <see cref="PostgresScratchDatabase.Named"/> (run <c>bash eng/postgres.sh start</c>): PostgreSQL is a supported
/// production database, so its tests are never skipped.
/// </remarks>
public sealed class PostgresServerFixture : ServerFixture
{
    private PostgresScratchDatabase? database;

    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    public override async Task DisposeAsync()
    {
        if (Factory is not null)
        {
            await base.DisposeAsync();
        }

        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }

    protected override async Task<string?> PrepareDatabaseAsync()
    {
        database = await PostgresScratchDatabase.CreateAsync("govwf_server_");
        return database.ConnectionString;
    }
}
