using GovWorkflow.Runtime.Tests.TestSupport;

namespace GovWorkflow.Runtime.Tests.Activities;

/// <summary>Timer moves on the embedded default: a SQLite file.</summary>
public sealed class SqliteTimerMoveTests : TimerMoveTests
{
    private protected override async Task<ITestDatabase> CreateDatabaseAsync() => await SqliteDatabase.CreateMigratedAsync();
}
