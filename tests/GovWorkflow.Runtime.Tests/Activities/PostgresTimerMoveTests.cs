using GovWorkflow.Runtime.Tests.TestSupport;

namespace GovWorkflow.Runtime.Tests.Activities;

/// <summary>Timer moves on a real PostgreSQL server (loopback, started by eng/postgres.sh).</summary>
public sealed class PostgresTimerMoveTests : TimerMoveTests
{
    private protected override async Task<ITestDatabase> CreateDatabaseAsync() => await PostgresDatabase.CreateMigratedAsync();
}
