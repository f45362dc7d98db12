using System.Diagnostics;
using System.Runtime.InteropServices;
using GovWorkflow.Benchmarks.Runtime;

namespace GovWorkflow.Benchmarks.Server;

/// <summary>
/// <c>server [--seconds 120] [--approvers 50] [--provider sqlite|postgres] [--postgres CONNECTION]</c>: the HTTP server under load on loopback (docs/BENCHMARKS.md, "Server
/// under load"): approvers completing review tasks for a bounded time while window clerks keep the queues filled.
/// </summary>
internal static class ServerCommand
{
    private static readonly Stopwatch Elapsed = Stopwatch.StartNew();

    public static async Task<int> RunAsync(string[] args)
    {
        var (settings, error) = ServerBenchSettings.Parse(args);
        if (settings is null)
        {
            await Console.Error.WriteLineAsync("server: " + error);
            await Console.Error.WriteLineAsync("usage: server [--seconds 120] [--approvers 50] [--provider sqlite|postgres] [--postgres CONNECTION]");
            return 2;
        }

        Console.WriteLine($"# Server under load on {settings.DatabaseName}: {RuntimeInformation.OSDescription}, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        await using var server = await BenchServer.StartAsync(settings);
        using var handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        using var http = new HttpClient(handler) { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(60) };
        var counters = new LoadCounters();
        var load = new ServerLoad(http, Path.Combine(server.Root, "docs", "walkthrough"), counters);
        Log($"server at {server.Address}; signing in {settings.Clerks} clerks and {settings.Approvers} approvers");
        foreach (var user in server.MarketApprovers.Concat(server.CityApprovers).Prepend("clerk.wang").Distinct(StringComparer.Ordinal))
        {
            await load.ChangePasswordAsync(user, BenchServer.Password, BenchServer.LoadPassword);
        }

        var clerks = await Task.WhenAll(Enumerable.Range(0, settings.Clerks).Select(_ => load.TokenAsync("clerk.wang", BenchServer.LoadPassword)));
        var approvers = await Task.WhenAll(server.MarketApprovers.Concat(server.CityApprovers).Select(a => load.TokenAsync(a, BenchServer.LoadPassword)));

        var seeding = Stopwatch.StartNew();
        await Task.WhenAll(clerks.Select(c => load.ClerkAsync(c, int.MaxValue, () => counters.Received + settings.Clerks > settings.InitialCases)));
        Log($"seeded {counters.Received:N0} cases ({counters.OpenReviews:N0} open reviews) in {seeding.Elapsed.TotalSeconds:F1} s");

        var window = Stopwatch.StartNew();
        var limit = TimeSpan.FromSeconds(settings.Seconds);
        bool Stop() => window.Elapsed >= limit;
        var receivedBefore = counters.Received;
        var completeTicks = approvers.Select(_ => new List<long>()).ToList();
        var inboxTicks = approvers.Select(_ => new List<long>()).ToList();
        var running = approvers.Select((a, i) => load.ApproverAsync(a, Stop, completeTicks[i], inboxTicks[i]))
            .Concat(clerks.Select(c => load.ClerkAsync(c, settings.Backlog, Stop)))
            .ToList();
        using (var progress = new Timer(_ => Log($"  {window.Elapsed.TotalSeconds:F0} s: {counters.Completions:N0} completions, {counters.Conflicts:N0} conflicts, {counters.Errors:N0} errors, {counters.OpenReviews:N0} open reviews"), null, TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(15)))
        {
            await Task.WhenAll(running);
        }

        var seconds = window.Elapsed.TotalSeconds;
        Print(settings, counters, seconds, counters.Received - receivedBefore, Latency.Of([.. completeTicks.SelectMany(t => t)]), Latency.Of([.. inboxTicks.SelectMany(t => t)]));
        return counters.Errors == 0 ? 0 : 1;
    }

    private static void Print(ServerBenchSettings settings, LoadCounters counters, double seconds, long receivedDuring, Latency complete, Latency inbox)
    {
        Console.WriteLine();
        Console.WriteLine("| approvers | window | completions | completions/s | 409 conflicts | other errors | cases received in the window (clerks) | open reviews at the end | empty inbox reads |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        Console.WriteLine($"| {settings.Approvers} | {seconds:F1} s | {counters.Completions:N0} | **{counters.Completions / seconds:N1}** | {counters.Conflicts:N0} ({100.0 * counters.Conflicts / Math.Max(1, counters.Completions + counters.Conflicts):F1} %) | **{counters.Errors}** | {receivedDuring:N0} ({settings.Clerks} clerks) | {counters.OpenReviews:N0} | {counters.EmptyInboxes:N0} |");
        Console.WriteLine();
        Console.WriteLine("| call | count | p50 ms | p95 ms | p99 ms | max ms |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        Console.WriteLine($"| POST /api/tasks/{{id}}/complete | {complete.Count:N0} | {complete.P50:F1} | **{complete.P95:F1}** | **{complete.P99:F1}** | {complete.Max:F1} |");
        Console.WriteLine($"| GET /api/tasks (inbox) | {inbox.Count:N0} | {inbox.P50:F1} | {inbox.P95:F1} | {inbox.P99:F1} | {inbox.Max:F1} |");
        foreach (var sample in counters.ErrorSamples)
        {
            Console.WriteLine("error: " + sample);
        }
    }

    private static void Log(string message) => Console.Error.WriteLine($"[{Elapsed.Elapsed.TotalSeconds,7:F1}s] {message}");
}
