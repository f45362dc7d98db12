using GovWorkflow.Runtime.Tests.TestSupport;

namespace GovWorkflow.Runtime.Tests.Instances;

/// <summary>Suspension on a real PostgreSQL server.</summary>
public sealed class PostgresInstanceSuspensionTests : InstanceSuspensionTests
{
    private protected override async Task<ITestDatabase> CreateDatabaseAsync() => await PostgresDatabase.CreateMigratedAsync();
}
