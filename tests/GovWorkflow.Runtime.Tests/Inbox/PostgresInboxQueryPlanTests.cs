using System.Text.Json;
using GovWorkflow.Runtime.Persistence;
using GovWorkflow.Runtime.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace GovWorkflow.Runtime.Tests.Inbox;

/// <summary>The inbox query plans on PostgreSQL (<c>EXPLAIN (FORMAT JSON)</c>, the planner left to choose).</summary>
public sealed class PostgresInboxQueryPlanTests(InboxDatabaseFixture<PostgresDatabase> fixture, ITestOutputHelper output)
    : InboxQueryPlanTests(output), IClassFixture<InboxDatabaseFixture<PostgresDatabase>>
{
    /// <inheritdoc />
    protected override IReadOnlyList<TaskRecord> Seeded => fixture.Tasks;

    /// <inheritdoc />
    protected override RuntimeDbContext CreateContext() => fixture.Database.CreateContext();

    /// <inheritdoc />
    protected override async Task<IReadOnlyList<string>> ExplainAsync(RuntimeDbContext context, IQueryable<TaskRecord> query)
    {
        await using var command = query.CreateDbCommand();
        command.CommandText = "EXPLAIN (FORMAT JSON) " + command.CommandText;
        await context.Database.OpenConnectionAsync();
        var json = (string)(await command.ExecuteScalarAsync())!;
        using var document = JsonDocument.Parse(json);
        var lines = new List<string>();
        Flatten(document.RootElement[0].GetProperty("Plan"), 0, lines);
        return lines;
    }

    /// <inheritdoc />
    protected override IEnumerable<string> FullScans(IReadOnlyList<string> plan) =>
        plan.Where(line => line.TrimStart().StartsWith("Seq Scan", StringComparison.Ordinal));

    private static void Flatten(JsonElement node, int depth, List<string> lines)
    {
        var line = new string(' ', depth * 2) + node.GetProperty("Node Type").GetString();
        if (node.TryGetProperty("Index Name", out var index))
        {
            line += " using " + index.GetString();
        }

        if (node.TryGetProperty("Relation Name", out var relation))
        {
            line += " on " + relation.GetString();
        }

        lines.Add(line);
        if (node.TryGetProperty("Plans", out var children))
        {
            foreach (var child in children.EnumerateArray())
            {
                Flatten(child, depth + 1, lines);
            }
        }
    }
}
