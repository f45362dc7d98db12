using System.Diagnostics;
using GovWorkflow.Runtime.Inbox;
using GovWorkflow.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovWorkflow.Benchmarks.Runtime;

/// <summary>
/// Inbox latency: seeds the task table (<see cref="InboxSeedData"/>), runs ANALYZE, then times the first page (20
/// rows) of each <see cref="InboxQueries"/> list over random users, groups and departments — each query on a fresh
/// context, as a request would, after a warm-up of 50 queries.
/// </summary>
internal sealed class InboxBenchmark(BenchDatabase database)
{
    private const int PageSize = 20;
    private const int WarmUp = 50;

    public async Task<List<(string Query, Latency Latency)>> RunAsync(int total, int open, int queries, Action<string> log)
    {
        var load = Stopwatch.StartNew();
        await BulkLoader.LoadTasksAsync(database, InboxSeedData.Rows(total, open));
        log($"  seeded in {load.Elapsed.TotalSeconds:F1} s");
        load.Restart();
        await database.AnalyzeAsync();
        log($"  analyzed in {load.Elapsed.TotalSeconds:F1} s");

#pragma warning disable CA5394 // Benchmark data, not security.
        var random = new Random(7);
        var now = InboxSeedData.Now;
        var lists = new (string Name, Func<RuntimeDbContext, IQueryable<TaskRecord>> Query)[]
        {
            ("ForUser (user + 3 groups)", c => InboxQueries.ForUser(c, InboxSeedData.User(InboxSeedData.SkewedUser(random)), [.. Enumerable.Range(0, 3).Select(_ => InboxSeedData.Role(random.Next(InboxSeedData.Roles)))])),
            ("ForDepartment", c => InboxQueries.ForDepartment(c, InboxSeedData.Department(random.Next(InboxSeedData.Departments)))),
            ("Overdue", c => InboxQueries.Overdue(c, now)),
            ("Warned", c => InboxQueries.Warned(c, now)),
        };
#pragma warning restore CA5394

        var results = new List<(string, Latency)>();
        foreach (var (name, query) in lists)
        {
            var timings = new List<long>(queries);
            var rows = 0L;
            for (var i = 0; i < WarmUp + queries; i++)
            {
                var start = Stopwatch.GetTimestamp();
                await using (var context = database.NewContext())
                {
                    var page = await query(context).AsNoTracking().Take(PageSize).ToListAsync();
                    rows += page.Count;
                }

                if (i >= WarmUp)
                {
                    timings.Add(Stopwatch.GetTimestamp() - start);
                }
            }

            results.Add((name, Latency.Of(timings)));
            log($"  {name}: p50 {results[^1].Item2.P50:F2} ms, p95 {results[^1].Item2.P95:F2} ms, p99 {results[^1].Item2.P99:F2} ms (average page {rows / (double)(WarmUp + queries):F1} rows)");
        }

        return results;
    }
}
