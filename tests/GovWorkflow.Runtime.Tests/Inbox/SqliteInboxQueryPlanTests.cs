using GovWorkflow.Runtime.Persistence;
using GovWorkflow.Runtime.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace GovWorkflow.Runtime.Tests.Inbox;

/// <summary>The inbox query plans on SQLite (<c>EXPLAIN QUERY PLAN</c>).</summary>
public sealed class SqliteInboxQueryPlanTests(InboxDatabaseFixture<SqliteDatabase> fixture, ITestOutputHelper output)
    : InboxQueryPlanTests(output), IClassFixture<InboxDatabaseFixture<SqliteDatabase>>
{
    /// <inheritdoc />
    protected override IReadOnlyList<TaskRecord> Seeded => fixture.Tasks;

    /// <inheritdoc />
    protected override RuntimeDbContext CreateContext() => fixture.Database.CreateContext();

    /// <inheritdoc />
    protected override async Task<IReadOnlyList<string>> ExplainAsync(RuntimeDbContext context, IQueryable<TaskRecord> query)
    {
        await using var command = query.CreateDbCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        await context.Database.OpenConnectionAsync();
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(3));
        }

        return lines;
    }

    /// <inheritdoc />
    /// <remarks>Reading a derived table (<c>CO-ROUTINE u</c> … <c>SCAN u</c>, the <c>UNION ALL</c> of the user's inbox) is not a table scan.</remarks>
    protected override IEnumerable<string> FullScans(IReadOnlyList<string> plan)
    {
        var derived = plan
            .Where(line => line.StartsWith("CO-ROUTINE ", StringComparison.Ordinal) || line.StartsWith("MATERIALIZE ", StringComparison.Ordinal))
            .Select(line => "SCAN " + line[(line.IndexOf(' ', StringComparison.Ordinal) + 1)..])
            .ToHashSet(StringComparer.Ordinal);
        return plan.Where(line => line.StartsWith("SCAN ", StringComparison.Ordinal) && !derived.Contains(line));
    }
}
