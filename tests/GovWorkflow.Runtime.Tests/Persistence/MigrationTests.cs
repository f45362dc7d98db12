using GovWorkflow.Runtime.Persistence;
using GovWorkflow.Runtime.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace GovWorkflow.Runtime.Tests.Persistence;

/// <summary>The hand-written migrations against a real database of each provider.</summary>
public abstract class MigrationTests
{
    private const string Initial = "20261123000000_Initial";
    private const string TaskOperations = "20261124000000_TaskOperations";
    private const string SigningAndSuspension = "20261203000000_SigningAndSuspension";

    /// <summary>A fresh, empty database (already created on the server).</summary>
    protected abstract Task<ITestDatabase> CreateEmptyAsync();

    [Fact]
    public Task Migrate_EmptyDatabase_CreatesSchemaMatchingTheModel() => WithDatabase(async database =>
    {
        await using var context = database.CreateContext();
        Assert.False(context.Database.HasPendingModelChanges(), "RuntimeDbContext differs from the model snapshot: add a migration and update RuntimeDbContextModelSnapshot.");

        context.Database.Migrate();

        Assert.False(context.Database.HasPendingModelChanges());
        Assert.Equal([Initial, TaskOperations, SigningAndSuspension], await context.Database.GetAppliedMigrationsAsync());
        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
    });

    [Fact]
    public Task Migrate_Schema_StoresAndReadsEveryKindOfColumn() => WithDatabase(async database =>
    {
        var due = Instant.FromUtc(2026, 12, 1, 9, 30, 15) + Duration.FromTicks(1234567);
        await using (var context = database.CreateContext())
        {
            await RuntimeDatabase.MigrateAsync(context, CancellationToken.None);
            context.Tasks.Add(NewTask("INS-1", 1, due));
            context.Tasks.Add(NewTask("INS-1", 2, null));
            await context.SaveChangesAsync();
        }

        await using (var context = database.CreateContext())
        {
            var tasks = await context.Tasks.Include(t => t.Candidates).OrderBy(t => t.Id).ToListAsync();
            Assert.Equal(2, tasks.Count);
            Assert.True(tasks[0].Id > 0 && tasks[1].Id > tasks[0].Id);
            Assert.Equal(due, tasks[0].DueAt);
            Assert.Null(tasks[1].DueAt);
            Assert.Equal(WorkStatus.Open, tasks[0].Status);
            Assert.Equal(["approver", "dept-a"], tasks[0].Candidates.Select(c => c.Value).Order(StringComparer.Ordinal));
        }
    });

    [Fact]
    public Task Migrate_Twice_ChangesNothing() => WithDatabase(async database =>
    {
        await using (var context = database.CreateContext())
        {
            await RuntimeDatabase.MigrateAsync(context, CancellationToken.None);
            context.Tasks.Add(NewTask("INS-1", 1, null));
            await context.SaveChangesAsync();
        }

        await using (var context = database.CreateContext())
        {
            context.Database.Migrate();
            await RuntimeDatabase.MigrateAsync(context, CancellationToken.None);

            Assert.Equal([Initial, TaskOperations, SigningAndSuspension], await context.Database.GetAppliedMigrationsAsync());
            Assert.Equal(1, await context.Tasks.CountAsync());
            Assert.False(context.Database.HasPendingModelChanges());
        }
    });

    [Fact]
    public Task MigrateAsync_DatabaseWithUnknownMigration_RefusesAndChangesNothing() => WithDatabase(async database =>
    {
        const string future = "20991231000000_FromANewerBuild";
        await using var context = database.CreateContext();
        await RuntimeDatabase.MigrateAsync(context, CancellationToken.None);
        await context.Database.ExecuteSqlAsync($"""INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion") VALUES ({future}, '99.0.0')""");
        var before = await HistoryAsync(context);

        var refusal = await Assert.ThrowsAsync<RuntimeSchemaException>(() => RuntimeDatabase.MigrateAsync(context, CancellationToken.None));

        Assert.Equal("runtime.schema-newer", refusal.Error.Code);
        Assert.Equal([future], refusal.UnknownMigrations);
        Assert.Contains(future, refusal.Error.Message, StringComparison.Ordinal);
        Assert.Contains("升级 GovWorkflow", refusal.Error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await HistoryAsync(context));
    });

    [Fact]
    public Task MigrateAsync_NewerBuildOnOlderDatabase_AppliesItsMigrationsAndTheOlderBuildThenRefuses() => WithDatabase(async database =>
    {
        await using (var older = database.CreateContext())
        {
            await RuntimeDatabase.MigrateAsync(older, CancellationToken.None);
            older.Tasks.Add(NewTask("INS-1", 1, null));
            await older.SaveChangesAsync();
        }

        await using (var newer = new RuntimeDbContext(NewerBuildMigrationsAssembly.On(database.Options)))
        {
            await RuntimeDatabase.MigrateAsync(newer, CancellationToken.None);

            Assert.Equal([Initial, TaskOperations, SigningAndSuspension, AddsReportTable.Id], await newer.Database.GetAppliedMigrationsAsync());
            Assert.Equal(0, await newer.Database.SqlQuery<int>($"""SELECT COUNT(*) AS "Value" FROM "TestReports" """).SingleAsync());
            Assert.Equal(1, await newer.Tasks.CountAsync());
        }

        await using (var older = database.CreateContext())
        {
            var refusal = await Assert.ThrowsAsync<RuntimeSchemaException>(() => RuntimeDatabase.MigrateAsync(older, CancellationToken.None));
            Assert.Equal([AddsReportTable.Id], refusal.UnknownMigrations);
        }
    });

    private static TaskRecord NewTask(string instanceId, long bookmarkKey, Instant? dueAt) => new()
    {
        InstanceId = instanceId,
        BookmarkKey = bookmarkKey,
        NodeId = "review",
        Name = "审查",
        Status = WorkStatus.Open,
        CreatedAt = Instant.FromUtc(2026, 11, 23, 1, 0),
        DueAt = dueAt,
        Candidates =
        [
            new TaskCandidateRecord { Kind = CandidateKind.Group, Value = "approver" },
            new TaskCandidateRecord { Kind = CandidateKind.Department, Value = "dept-a" },
        ],
    };

    private static Task<List<string>> HistoryAsync(RuntimeDbContext context) =>
        context.Database.SqlQuery<string>($"""SELECT "MigrationId" AS "Value" FROM "__EFMigrationsHistory" ORDER BY "MigrationId" """).ToListAsync();

    private async Task WithDatabase(Func<ITestDatabase, Task> test)
    {
        var database = await CreateEmptyAsync();
        try
        {
            await test(database);
        }
        finally
        {
            await database.DisposeAsync();
        }
    }
}
