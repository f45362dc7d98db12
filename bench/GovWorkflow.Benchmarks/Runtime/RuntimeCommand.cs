using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using GovWorkflow.Runtime.Persistence;

namespace GovWorkflow.Benchmarks.Runtime;

/// <summary>
/// <c>runtime [--provider sqlite|postgres|both] [--quick] [--only throughput,inbox,timers]</c>: the durable runtime's
/// figures (docs/BENCHMARKS.md, "Durable runtime"), measured with Stopwatch after a warm-up, printed as Markdown tables.
/// </summary>
/// <remarks>BenchmarkDotNet re-runs its set-up per process and iteration; a million-row seed makes that impractical, so this harness is custom.</remarks>
internal static class RuntimeCommand
{
    private static readonly Stopwatch Elapsed = Stopwatch.StartNew();

    public static async Task<int> RunAsync(string[] args)
    {
        var (settings, error) = RuntimeBenchSettings.Parse(args);
        if (settings is null)
        {
            await Console.Error.WriteLineAsync("runtime: " + error);
            await Console.Error.WriteLineAsync("usage: runtime [--provider sqlite|postgres|both] [--quick] [--only throughput,inbox,timers]");
            return 2;
        }

        var total = Stopwatch.StartNew();
        Console.WriteLine($"# Durable runtime ({(settings.Quick ? "quick" : "full")}): {RuntimeInformation.OSDescription}, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        var throughput = new List<ThroughputResult>();
        var inbox = new List<(string Database, string Query, Latency Latency)>();
        var timers = new List<TimerResult>();
        foreach (var provider in settings.Providers)
        {
            if (settings.Parts.Contains("throughput"))
            {
                foreach (var workers in provider == DatabaseProvider.Postgres ? new[] { 1, 4 } : [1])
                {
                    await using var database = await BenchDatabase.CreateAsync(provider, settings.PostgresServer);
                    Log($"throughput {database.Name}, {workers} worker(s): {settings.Instances} instances x {settings.Repetitions}");
                    throughput.Add(await new ThroughputBenchmark(database).RunAsync(settings.Instances, settings.WarmUpInstances, settings.Repetitions, workers));
                    Log(Describe(throughput[^1]));
                }
            }

            if (settings.Parts.Contains("inbox"))
            {
                await using var database = await BenchDatabase.CreateAsync(provider, settings.PostgresServer);
                Log($"inbox {database.Name}: {settings.InboxTasks:N0} tasks, {settings.InboxOpenTasks:N0} open");
                foreach (var (query, latency) in await new InboxBenchmark(database).RunAsync(settings.InboxTasks, settings.InboxOpenTasks, settings.InboxQueries, Log))
                {
                    inbox.Add((database.Name, query, latency));
                }
            }

            if (settings.Parts.Contains("timers"))
            {
                await using var database = await BenchDatabase.CreateAsync(provider, settings.PostgresServer);
                Log($"timers {database.Name}: {settings.Timers:N0} open timers");
                timers.Add(await new TimerBenchmark(database).RunAsync(settings.Timers, Log));
            }
        }

        Print(throughput, inbox, timers);
        Console.WriteLine();
        Console.WriteLine($"Total {total.Elapsed.TotalMinutes:F1} min.");
        return 0;
    }

    private static void Print(List<ThroughputResult> throughput, List<(string Database, string Query, Latency Latency)> inbox, List<TimerResult> timers)
    {
        if (throughput.Count > 0)
        {
            Console.WriteLine();
            Console.WriteLine("| database | workers | completions per repetition | runtime completions/s (median; all) | floor completions/s (median; all) | runtime cost / floor | SQL commands per completion | CPU ms per completion, runtime / floor |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var r in throughput)
            {
                Console.WriteLine($"| {r.Database} | {r.Workers} | {r.CompletionsPerRepetition:N0} | **{r.EngineMedian:N0}** ({Join(r.Engine)}) | {r.FloorMedian:N0} ({Join(r.Floor)}) | **{r.Ratio:F2}×** | {r.CommandsPerCompletion:F1} | {r.EngineCpuMs:F2} / {r.FloorCpuMs:F2} |");
            }
        }

        if (inbox.Count > 0)
        {
            Console.WriteLine();
            Console.WriteLine("| database | query (first page of 20) | queries | p50 ms | p95 ms | p99 ms | max ms |");
            Console.WriteLine("|---|---|---:|---:|---:|---:|---:|");
            foreach (var (database, query, l) in inbox)
            {
                Console.WriteLine($"| {database} | {query} | {l.Count:N0} | {l.P50:F2} | **{l.P95:F2}** | {l.P99:F2} | {l.Max:F2} |");
            }
        }

        if (timers.Count > 0)
        {
            Console.WriteLine();
            Console.WriteLine("| database | open timers | RecoverTimersAsync | triggers/s | managed heap before → after | working set before → after |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|");
            foreach (var t in timers)
            {
                Console.WriteLine($"| {t.Database} | {t.Timers:N0} | **{t.Seconds:F2} s** | {t.Timers / t.Seconds:N0} | {Mb(t.HeapBefore)} → {Mb(t.HeapAfter)} MB | {Mb(t.WorkingSetBefore)} → {Mb(t.WorkingSetAfter)} MB |");
            }
        }
    }

    private static string Describe(ThroughputResult r) =>
        $"  runtime {r.EngineMedian:N0}/s ({Join(r.Engine)}), floor {r.FloorMedian:N0}/s ({Join(r.Floor)}), ratio {r.Ratio:F2}; {r.CommandsPerCompletion:F1} commands, CPU {r.EngineCpuMs:F2} / {r.FloorCpuMs:F2} ms per completion";

    private static string Join(IEnumerable<double> values) => string.Join(", ", values.Select(v => v.ToString("N0", CultureInfo.InvariantCulture)));

    private static string Mb(long bytes) => (bytes / 1048576.0).ToString("N0", CultureInfo.InvariantCulture);

    private static void Log(string message) => Console.WriteLine($"[{Elapsed.Elapsed.TotalSeconds,7:F1}s] {message}");
}
