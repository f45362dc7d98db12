using GovWorkflow.Runtime.Tests.TestSupport;

namespace GovWorkflow.Runtime.Tests.Instances;

/// <summary>The runtime on a real PostgreSQL server (loopback, started by eng/postgres.sh).</summary>
public sealed class PostgresWorkflowRuntimeTests : WorkflowRuntimeTests
{
    private protected override async Task<ITestDatabase> CreateDatabaseAsync() => await PostgresDatabase.CreateMigratedAsync();
}
