using GovWorkflow.Runtime.Tests.TestSupport;

namespace GovWorkflow.Runtime.Tests.Instances;

/// <summary>Suspension on the embedded default, a SQLite file.</summary>
public sealed class SqliteInstanceSuspensionTests : InstanceSuspensionTests
{
    private protected override async Task<ITestDatabase> CreateDatabaseAsync() => await SqliteDatabase.CreateMigratedAsync();
}
