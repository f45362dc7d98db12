using GovWorkflow.Runtime.Tests.TestSupport;

namespace GovWorkflow.Runtime.Tests.Instances;

/// <summary>Send back and withdraw on a real PostgreSQL server.</summary>
public sealed class PostgresTaskMoveTests : TaskMoveTests
{
    private protected override async Task<ITestDatabase> CreateDatabaseAsync() => await PostgresDatabase.CreateMigratedAsync();
}
