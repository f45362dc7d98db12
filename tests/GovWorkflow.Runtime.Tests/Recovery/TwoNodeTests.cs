using System.Diagnostics;
using System.Globalization;
using GovWorkflow.Engine.Execution;
using GovWorkflow.Runtime.Definitions;
using GovWorkflow.Runtime.Persistence;
using GovWorkflow.Runtime.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace GovWorkflow.Runtime.Tests.Recovery;

/// <summary>
/// Two node processes on loopback share one PostgreSQL database: 1,000 instances and their 1,000 timers, fired by
/// the Quartz cluster. Each timer's effect happens exactly once; when both nodes complete the same task, exactly
/// one wins and the other is told so.
/// </summary>
[Trait("Category", "Slow")]
public sealed class TwoNodeTests(ITestOutputHelper output) : IAsyncLifetime, IDisposable
{
    private const int Instances = 1000;
    private readonly TempDirectory folder = new();
    private PostgresDatabase database = null!;

    public async Task InitializeAsync() => database = await PostgresDatabase.CreateMigratedAsync();

    public Task DisposeAsync() => database.DisposeAsync();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task TwoNodes_FireEachTimerOnce_AndOneCompletionOfATaskWins()
    {
        var definitions = new DefinitionService(database.CreateContext, NodaTime.SystemClock.Instance, new EngineOptions());
        var published = await definitions.PublishAsync(ScaleOutProcess.Xml, "scale.bpmn", "designer");
        Assert.True(published.Succeeded, string.Join('\n', published.Problems));

        var clock = Stopwatch.StartNew();
        using var first = StartNode("node-a", 0);
        Assert.Equal("ready", await first.StandardOutput.ReadLineAsync());
        using var second = StartNode("node-b", Instances / 2);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await Task.WhenAll(first.WaitForExitAsync(timeout.Token), second.WaitForExitAsync(timeout.Token));
        Assert.True(first.ExitCode == 0, await first.StandardError.ReadToEndAsync());
        Assert.True(second.ExitCode == 0, await second.StandardError.ReadToEndAsync());

        await using var context = database.CreateContext();
        Assert.Equal(Instances, await context.Instances.CountAsync(i => i.Status == InstanceStatus.Completed));

        // Each timer fired once: every row done, one audit line per timer.
        var timers = await context.Timers.AsNoTracking().ToListAsync();
        Assert.Equal(Instances, timers.Count);
        Assert.All(timers, t => Assert.Equal(WorkStatus.Done, t.Status));
        var firings = await context.Audit.AsNoTracking().Where(a => a.Action == "timer.fire").Select(a => a.Detail).ToListAsync();
        Assert.Equal(Instances, firings.Count);
        Assert.Equal(Instances, firings.Distinct(StringComparer.Ordinal).Count());

        // Each task completed once; every task both nodes reached for has exactly one winner.
        var tasks = await context.Tasks.AsNoTracking().ToListAsync();
        Assert.Equal(Instances, tasks.Count(t => t.Status == WorkStatus.Done));
        var lines = (await File.ReadAllLinesAsync(Path.Combine(folder.Path, "node-a.txt")))
            .Concat(await File.ReadAllLinesAsync(Path.Combine(folder.Path, "node-b.txt")))
            .Select(l => l.Split(' '))
            .ToList();
        var wins = lines.Where(l => l[0] == "won").Select(l => long.Parse(l[1], CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(Instances, wins.Count);
        Assert.Equal(Instances, wins.Distinct().Count());
        var losses = lines.Where(l => l[0] == "lost").ToList();
        Assert.All(losses, l => Assert.Contains(l[2], new[] { "runtime.conflict", "runtime.task-closed" }));
        Assert.All(losses, l => Assert.Contains(long.Parse(l[1], CultureInfo.InvariantCulture), wins));
        Assert.NotEmpty(losses);
        var byNode = tasks.GroupBy(t => t.ClosedBy).ToDictionary(g => g.Key!, g => g.Count(), StringComparer.Ordinal);
        output.WriteLine($"{Instances} instances on two nodes in {clock.Elapsed.TotalSeconds:F1} s; tasks won: {string.Join(", ", byNode.Select(p => p.Key + " " + p.Value))}; {losses.Count} lost races");
    }

    private Process StartNode(string name, int first) => ChildProcess.Start(
        "node",
        database.ConnectionString,
        name,
        first.ToString(CultureInfo.InvariantCulture),
        (Instances / 2).ToString(CultureInfo.InvariantCulture),
        Instances.ToString(CultureInfo.InvariantCulture),
        Path.Combine(folder.Path, name + ".txt"));
}
