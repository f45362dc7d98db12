using GovWorkflow.Runtime.Tests.TestSupport;

namespace GovWorkflow.Runtime.Tests.Tasks;

/// <summary>Task operations on a real PostgreSQL server.</summary>
public sealed class PostgresTaskOperationsTests : TaskOperationsTests
{
    private protected override async Task<ITestDatabase> CreateDatabaseAsync() => await PostgresDatabase.CreateMigratedAsync();
}
