using System.Diagnostics;
using System.Globalization;
using GovWorkflow.Engine.Execution;
using GovWorkflow.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace GovWorkflow.Runtime.Tests.Recovery;

/// <summary>
/// A child process runs 500 instances through user tasks and timers and is killed with SIGKILL at random moments,
/// 20 times. After each restart every acknowledged command is present, no task or timer effect is duplicated, and
/// in the end every instance finishes.
/// </summary>
[Trait("Category", "Slow")]
public sealed class CrashRecoveryTests(ITestOutputHelper output) : IDisposable
{
    private const int Instances = 500;
    private const int Kills = 20;
    private readonly TempDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task KilledTwentyTimes_LosesNothingAcknowledged_DuplicatesNothing_AndFinishes()
    {
        var ackFile = Path.Combine(folder.Path, "acks.txt");
        var random = new Random(20261123);
        var clock = Stopwatch.StartNew();
        var kills = 0;
        for (var run = 0; run < Kills; run++)
        {
            // The child sends itself SIGKILL before a random database statement or commit (the first runs die
            // during start-up and migration); a host clock decides nothing, so the moment is random on any machine.
            // A command is about three statements (read, written step, commit) and the whole workload about 14,000;
            // the kill points add up to about half of that, so every run is killed before the work is done.
            using var child = StartChild(ackFile, seed: run, killAt: random.Next(1, run < 3 ? 60 : 1000));
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await child.WaitForExitAsync(timeout.Token);
            if (child.ExitCode == 0)
            {
                break;
            }

            Assert.True(child.ExitCode == 137, $"Run {run} ended with {child.ExitCode}, not SIGKILL (137): {await child.StandardError.ReadToEndAsync()}");
            kills++;
            await AssertConsistentAsync(ackFile, finished: false);
        }

        Assert.Equal(Kills, kills);
        using (var last = StartChild(ackFile, seed: Kills, killAt: 0))
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
            await last.WaitForExitAsync(timeout.Token);
            Assert.True(last.ExitCode == 0, await last.StandardError.ReadToEndAsync());
        }

        var (starts, tasks) = await AssertConsistentAsync(ackFile, finished: true);
        output.WriteLine($"{kills} kills, {starts} acknowledged starts, {tasks} acknowledged task completions, {clock.Elapsed.TotalSeconds:F1} s");
    }

    private Process StartChild(string ackFile, int seed, int killAt)
    {
        var process = ChildProcess.Start(
            "crash",
            folder.Path,
            ackFile,
            Instances.ToString(CultureInfo.InvariantCulture),
            seed.ToString(CultureInfo.InvariantCulture),
            killAt.ToString(CultureInfo.InvariantCulture));
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        return process;
    }

    private async Task<(int Starts, int Tasks)> AssertConsistentAsync(string ackFile, bool finished)
    {
        var options = RuntimeDatabase.Build(new DatabaseOptions { DataFolder = folder.Path });
        await using var context = new RuntimeDbContext(options);
        var lines = File.Exists(ackFile) ? await File.ReadAllLinesAsync(ackFile) : [];
        var starts = lines.Where(l => l.StartsWith("start ", StringComparison.Ordinal)).Select(l => l[6..]).ToList();
        var completions = lines.Where(l => l.StartsWith("task ", StringComparison.Ordinal)).Select(l => l.Split(' ')).ToList();

        if (!(await context.Database.GetAppliedMigrationsAsync()).Any())
        {
            // Killed before the first migration committed: nothing can have been acknowledged.
            Assert.Empty(starts);
            return (0, 0);
        }

        // Every acknowledged command is present.
        var instances = await context.Instances.AsNoTracking().Select(i => new { i.Id, i.Status }).ToListAsync();
        var ids = instances.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        Assert.All(starts, id => Assert.Contains(id, ids));
        var tasks = await context.Tasks.AsNoTracking().ToDictionaryAsync(t => t.Id);
        foreach (var parts in completions)
        {
            var task = tasks[long.Parse(parts[1], CultureInfo.InvariantCulture)];
            Assert.Equal(WorkStatus.Done, task.Status);
            Assert.Equal(parts[2], task.ClosedBy);
        }

        // Nothing happened twice: one task row per wait, one completion per task, one firing per timer.
        Assert.Equal(tasks.Count, tasks.Values.Select(t => (t.InstanceId, t.BookmarkKey)).Distinct().Count());
        var audit = await context.Audit.AsNoTracking().Where(a => a.Action == "task.complete" || a.Action == "timer.fire").Select(a => new { a.Action, a.InstanceId, a.Detail }).ToListAsync();
        Assert.All(audit.GroupBy(a => (a.Action, a.InstanceId, a.Detail)), group => Assert.Single(group));
        var fired = await context.Timers.AsNoTracking().CountAsync(t => t.Status == WorkStatus.Done);
        Assert.Equal(fired, audit.Count(a => a.Action == "timer.fire"));
        foreach (var instance in instances.Where(i => i.Status == InstanceStatus.Completed))
        {
            Assert.Equal(3, tasks.Values.Count(t => t.InstanceId == instance.Id && t.Status == WorkStatus.Done));
        }

        if (finished)
        {
            Assert.Equal(Instances, instances.Count);
            Assert.All(instances, i => Assert.Equal(InstanceStatus.Completed, i.Status));
            Assert.Equal(0, await context.Timers.CountAsync(t => t.Status == WorkStatus.Open));
        }

        return (starts.Count, completions.Count);
    }
}
