using GovWorkflow.Runtime.Persistence;
using GovWorkflow.Runtime.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace GovWorkflow.Runtime.Tests.Inbox;

/// <summary>One migrated database per test class holding <see cref="InboxSeed"/>'s tasks, with planner statistics gathered.</summary>
public sealed class InboxDatabaseFixture<TDatabase> : IAsyncLifetime
    where TDatabase : ITestDatabase, new()
{
    /// <summary>The database.</summary>
    public TDatabase Database { get; } = new();

    /// <summary>The seeded tasks with their ids, as saved.</summary>
    public IReadOnlyList<TaskRecord> Tasks { get; private set; } = [];

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        await using var context = Database.CreateContext();
        await RuntimeDatabase.MigrateAsync(context, CancellationToken.None);
        var tasks = InboxSeed.Tasks();
        context.Tasks.AddRange(tasks);
        await context.SaveChangesAsync();
        await context.Database.ExecuteSqlRawAsync("ANALYZE");
        Tasks = tasks;
    }

    /// <inheritdoc />
    public Task DisposeAsync() => Database.DisposeAsync();
}
