using GovWorkflow.Runtime.Tests.TestSupport;

namespace GovWorkflow.Runtime.Tests.Instances;

/// <summary>The verified rows on SQLite.</summary>
public sealed class SqlitePersistedRowsTests : PersistedRowsTests
{
    private protected override async Task<ITestDatabase> CreateDatabaseAsync() => await SqliteDatabase.CreateMigratedAsync();
}
