namespace GovWorkflow.Runtime.Tests.TestSupport;

/// <summary>Base of test classes that need a runtime on a fresh, migrated SQLite file per test.</summary>
public abstract class SqliteRuntimeTests : IAsyncLifetime
{
    private SqliteDatabase database = null!;

    private protected RuntimeHarness Harness { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        database = await SqliteDatabase.CreateMigratedAsync();
        Harness = new RuntimeHarness(database);
    }

    public Task DisposeAsync() => database.DisposeAsync();
}
