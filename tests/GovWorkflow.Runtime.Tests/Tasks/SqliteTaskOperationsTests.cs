using GovWorkflow.Runtime.Tests.TestSupport;

namespace GovWorkflow.Runtime.Tests.Tasks;

/// <summary>Task operations on the embedded default, a SQLite file.</summary>
public sealed class SqliteTaskOperationsTests : TaskOperationsTests
{
    private protected override async Task<ITestDatabase> CreateDatabaseAsync() => await SqliteDatabase.CreateMigratedAsync();
}
