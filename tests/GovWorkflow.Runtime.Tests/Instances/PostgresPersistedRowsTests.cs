using GovWorkflow.Runtime.Tests.TestSupport;

namespace GovWorkflow.Runtime.Tests.Instances;

/// <summary>The verified rows on PostgreSQL.</summary>
public sealed class PostgresPersistedRowsTests : PersistedRowsTests
{
    private protected override async Task<ITestDatabase> CreateDatabaseAsync() => await PostgresDatabase.CreateMigratedAsync();
}
