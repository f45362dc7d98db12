using GovWorkflow.Runtime.Tests.TestSupport;

namespace GovWorkflow.Runtime.Tests.Instances;

/// <summary>Send back and withdraw on the embedded default, a SQLite file.</summary>
public sealed class SqliteTaskMoveTests : TaskMoveTests
{
    private protected override async Task<ITestDatabase> CreateDatabaseAsync() => await SqliteDatabase.CreateMigratedAsync();
}
