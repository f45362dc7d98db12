using System.Diagnostics;
using GovWorkflow.Engine.Execution;
using GovWorkflow.Engine.Expressions;
using GovWorkflow.Runtime.Definitions;
using GovWorkflow.Runtime.Instances;
using GovWorkflow.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using NodaTime;

namespace GovWorkflow.Benchmarks.Runtime;

/// <summary>
/// Persisted throughput: instances of bench-20node are started (not timed), then every open task is completed through
/// <see cref="WorkflowRuntime.CompleteTaskAsync"/> until all instances end (timed). Beside it the floor
/// (<see cref="FloorWorkload"/>) writes the same rows without the engine. Each repetition uses fresh instances.
/// </summary>
internal sealed class ThroughputBenchmark(BenchDatabase database)
{
    public const string ProcessId = "bench20";
    public const int CompletionsPerInstance = 11;

    private static readonly IReadOnlyDictionary<string, FeelValue> StartVariables =
        new Dictionary<string, FeelValue>(StringComparer.Ordinal) { ["refuse"] = FeelValue.False };

    private static readonly IReadOnlyDictionary<string, FeelValue> NoVariables = new Dictionary<string, FeelValue>(StringComparer.Ordinal);

    private readonly BenchClock clock = new(Instant.FromUtc(2026, 3, 2, 1, 0));
    private DefinitionService definitions = null!;
    private WorkflowRuntime runtime = null!;
    private FloorWorkload floor = null!;
    private int round;
    private long lastRoundCommands;

    /// <summary>CPU time of the whole process (the database too, for SQLite, which runs inside it).</summary>
    private static TimeSpan Cpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    public async Task<ThroughputResult> RunAsync(int instances, int warmUpInstances, int repetitions, int workers)
    {
        await SetUpAsync();
        await EngineRoundAsync(warmUpInstances, workers);
        await floor.RunAsync("W", warmUpInstances, workers);

        var engine = new List<double>();
        var floorRates = new List<double>();
        var engineCpu = TimeSpan.Zero;
        var floorCpu = TimeSpan.Zero;
        var commands = 0L;
        for (var r = 0; r < repetitions; r++)
        {
            var cpu = Cpu();
            engine.Add(await EngineRoundAsync(instances, workers));
            engineCpu += Cpu() - cpu;
            cpu = Cpu();
            floorRates.Add(await floor.RunAsync("R" + r, instances, workers));
            floorCpu += Cpu() - cpu;
            commands += lastRoundCommands;
        }

        var completions = (double)instances * CompletionsPerInstance * repetitions;
        return new ThroughputResult(database.Name, workers, instances * CompletionsPerInstance, engine, floorRates, commands / completions, engineCpu.TotalMilliseconds / completions, floorCpu.TotalMilliseconds / completions);
    }

    private async Task SetUpAsync()
    {
        if (floor is not null)
        {
            return;
        }

        // As the host wires it (AddGovWorkflowRuntime): contexts from a pool.
        var pool = new PooledDbContextFactory<RuntimeDbContext>(database.Options);
        definitions = new DefinitionService(pool.CreateDbContext, clock, new EngineOptions());
        var xml = await File.ReadAllTextAsync(Path.Combine(Engine.BenchPaths.SharedData, "bench", "bench-20node.bpmn"));
        var published = await definitions.PublishAsync(xml, "bench-20node.bpmn", "bench");
        if (!published.Succeeded)
        {
            throw new InvalidOperationException("bench-20node did not publish: " + string.Join("; ", published.Problems));
        }

        runtime = new WorkflowRuntime(pool.CreateDbContext, definitions, new NullTimerScheduler(), clock);
        await using var context = database.NewContext();
        var interpreter = await definitions.InterpreterAsync(context, ProcessId, published.Definition!.Version);
        floor = new FloorWorkload(database, clock.Now, FloorWorkload.StatesOf(interpreter, StartVariables, clock.Now));
    }

    /// <summary>One round: returns completions per second.</summary>
    private async Task<double> EngineRoundAsync(int instances, int workers)
    {
        var prefix = $"BENCH-{round++}-";
        for (var i = 0; i < instances; i++)
        {
            Check(await runtime.StartAsync(ProcessId, StartVariables, "clerk", prefix + i));
        }

        var completions = 0;
        var elapsed = 0L;
        var commandCount = 0L;
        while (true)
        {
            List<(long Id, string InstanceId)> open;
            await using (var context = database.NewContext())
            {
                open = [.. (await context.Tasks.AsNoTracking().Where(t => t.Status == WorkStatus.Open).OrderBy(t => t.Id)
                    .Select(t => new { t.Id, t.InstanceId }).ToListAsync()).Select(t => (t.Id, t.InstanceId))];
            }

            if (open.Count == 0)
            {
                break;
            }

            // Each worker owns whole instances, so workers never conflict on an instance row.
            var partitions = open.GroupBy(t => t.InstanceId, StringComparer.Ordinal)
                .Select((g, index) => (g, index))
                .GroupBy(x => x.index % workers, x => x.g)
                .Select(p => p.SelectMany(g => g).Select(t => t.Id).ToList())
                .ToList();
            var before = BenchDatabase.Commands.Count;
            var stopwatch = Stopwatch.StartNew();
            await Task.WhenAll(partitions.Select(ids => Task.Run(async () =>
            {
                foreach (var id in ids)
                {
                    Check(await runtime.CompleteTaskAsync(id, NoVariables, "approver"));
                }
            })));
            elapsed += stopwatch.ElapsedTicks;
            commandCount += BenchDatabase.Commands.Count - before;
            completions += open.Count;
        }

        await using (var context = database.NewContext())
        {
            var running = await context.Instances.CountAsync(i => i.Id.StartsWith(prefix) && i.Status != InstanceStatus.Completed);
            if (running != 0 || completions != instances * CompletionsPerInstance)
            {
                throw new InvalidOperationException($"Round {prefix}: {completions} completions, {running} instances not completed.");
            }
        }

        lastRoundCommands = commandCount;
        return completions / (elapsed / (double)Stopwatch.Frequency);
    }

    private static void Check(RuntimeOutcome outcome)
    {
        if (!outcome.Succeeded)
        {
            throw new InvalidOperationException($"{outcome.Kind} {outcome.Code}: {outcome.Message}");
        }
    }
}
