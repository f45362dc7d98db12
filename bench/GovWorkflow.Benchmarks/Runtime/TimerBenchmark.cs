using System.Diagnostics;
using GovWorkflow.Engine.Execution;
using GovWorkflow.Runtime.Definitions;
using GovWorkflow.Runtime.Instances;
using GovWorkflow.Runtime.Timers;
using NodaTime;
using Quartz;

namespace GovWorkflow.Benchmarks.Runtime;

/// <summary>
/// Timer recovery at start: <paramref name="database"/> holds open timer rows, none due; <see cref="WorkflowRuntime.RecoverTimersAsync"/>
/// derives a trigger for each through the real <see cref="QuartzTimerScheduler"/> on an in-memory Quartz scheduler
/// that is never started, so nothing fires. Memory is read after a full collection, before and after (the triggers held).
/// </summary>
internal sealed class TimerBenchmark(BenchDatabase database)
{
    public async Task<TimerResult> RunAsync(int count, Action<string> log)
    {
        var clock = new BenchClock(Instant.FromUtc(2026, 3, 2, 1, 0));
        var load = Stopwatch.StartNew();
        await BulkLoader.LoadTimersAsync(database, count, clock.Now.ToUnixTimeTicks());
        await database.AnalyzeAsync();
        log($"  seeded in {load.Elapsed.TotalSeconds:F1} s");

        await using var factory = QuartzSchedulerBuilder.Create(quartz =>
        {
            quartz.ConfigureScheduler(s => s.InstanceName = "govwf-bench-" + Guid.NewGuid().ToString("N"));
            quartz.UseInMemoryStore();
            quartz.UseDefaultThreadPool(4);
        }).Build();
        var scheduler = await factory.GetScheduler();
        try
        {
            var runtime = new WorkflowRuntime(database.NewContext, new DefinitionService(database.NewContext, clock, new EngineOptions()), new QuartzTimerScheduler(factory), clock);
            var (heapBefore, setBefore) = Memory();
            var stopwatch = Stopwatch.StartNew();
            var (fired, scheduled) = await runtime.RecoverTimersAsync();
            var seconds = stopwatch.Elapsed.TotalSeconds;
            var (heapAfter, setAfter) = Memory();
            var triggers = (await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals(QuartzTimerScheduler.Group))).Count;
            if (fired != 0 || scheduled != count || triggers != count)
            {
                throw new InvalidOperationException($"Timers: {fired} fired, {scheduled} scheduled, {triggers} triggers; expected 0, {count}, {count}.");
            }

            log($"  recovered in {seconds:F2} s; heap {heapBefore / 1048576} -> {heapAfter / 1048576} MB, working set {setBefore / 1048576} -> {setAfter / 1048576} MB");
            GC.KeepAlive(runtime);
            return new TimerResult(database.Name, count, seconds, heapBefore, heapAfter, setBefore, setAfter);
        }
        finally
        {
            await scheduler.Shutdown(waitForJobsToComplete: false);
        }
    }

    private static (long Heap, long WorkingSet) Memory()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        using var process = Process.GetCurrentProcess();
        return (GC.GetTotalMemory(forceFullCollection: true), process.WorkingSet64);
    }
}
