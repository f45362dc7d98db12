using GovWorkflow.Runtime.Persistence;

namespace GovWorkflow.Server.Tests.Hosting;

/// <summary>The server on its embedded default: the SQLite file in a temporary data folder.</summary>
public sealed class SqliteServerFixture : ServerFixture
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override Task<string?> PrepareDatabaseAsync() => Task.FromResult<string?>(null);
}
