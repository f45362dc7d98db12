using GovWorkflow.Runtime.Tests.TestSupport;

namespace GovWorkflow.Runtime.Tests.Instances;

/// <summary>The runtime on the embedded default: a SQLite file, WAL, durable commits.</summary>
public sealed class SqliteWorkflowRuntimeTests : WorkflowRuntimeTests
{
    private protected override async Task<ITestDatabase> CreateDatabaseAsync() => await SqliteDatabase.CreateMigratedAsync();
}
