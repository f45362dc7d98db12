using GovWorkflow.Engine.Execution;
using GovWorkflow.Runtime.Definitions;
using GovWorkflow.Runtime.Hosting;
using GovWorkflow.Runtime.Instances;
using GovWorkflow.Runtime.Persistence;
using GovWorkflow.Runtime.Tests.TestSupport;
using GovWorkflow.Runtime.Timers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NodaTime;
using Quartz;

namespace GovWorkflow.Runtime.Tests.Hosting;

/// <summary>The runtime in a real host with Quartz firing timers on the real clock (timers of one or two seconds).</summary>
public sealed class HostedRuntimeTests : IDisposable
{
    private const string Process = """
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t">
          <process id="waitThenDecide" isExecutable="true">
            <startEvent id="s"/><sequenceFlow id="f1" sourceRef="s" targetRef="wait"/>
            <intermediateCatchEvent id="wait"><timerEventDefinition><timeDuration>PT1S</timeDuration></timerEventDefinition></intermediateCatchEvent>
            <sequenceFlow id="f2" sourceRef="wait" targetRef="decide"/>
            <userTask id="decide"/><sequenceFlow id="f3" sourceRef="decide" targetRef="e"/>
            <endEvent id="e"/>
          </process>
        </definitions>
        """;

    private readonly TempDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task QuartzFiresTheTimer_AndTheInstanceMovesOn()
    {
        using var host = await StartHostAsync();
        var services = host.Services;
        Assert.True((await services.GetRequiredService<DefinitionService>().PublishAsync(Process, "wait.bpmn", "designer")).Succeeded);
        Assert.True((await services.GetRequiredService<WorkflowRuntime>().StartAsync("waitThenDecide", RuntimeHarness.Vars(), "clerk", "c1")).Succeeded);

        await WaitForOpenTaskAsync(services, "c1");
        await host.StopAsync();
    }

    [Fact]
    public async Task ApplyingACommandsTriggerChanges_SchedulesAndDeletesEachListInOneCall()
    {
        using var host = await StartHostAsync();
        var timers = host.Services.GetRequiredService<ITimerScheduler>();
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var later = SystemClock.Instance.GetCurrentInstant() + Duration.FromDays(30);

        await timers.ApplyAsync([(9_001, later), (9_002, later)], [], CancellationToken.None);
        Assert.NotNull(await scheduler.GetJobDetail(new JobKey("timer-9001", QuartzTimerScheduler.Group)));
        await timers.ApplyAsync([(9_003, later)], [9_001, 9_002], CancellationToken.None);

        Assert.Null(await scheduler.GetJobDetail(new JobKey("timer-9001", QuartzTimerScheduler.Group)));
        Assert.Null(await scheduler.GetJobDetail(new JobKey("timer-9002", QuartzTimerScheduler.Group)));
        var trigger = await scheduler.GetTrigger(new TriggerKey("timer-9003", QuartzTimerScheduler.Group));
        Assert.Equal(later.ToDateTimeOffset(), trigger!.StartTimeUtc);
        await host.StopAsync();
    }

    [Fact]
    public async Task ATimerDueWhileTheHostWasDown_FiresOnceAtStart()
    {
        using (var first = await StartHostAsync())
        {
            Assert.True((await first.Services.GetRequiredService<DefinitionService>().PublishAsync(Process, "wait.bpmn", "designer")).Succeeded);
            Assert.True((await first.Services.GetRequiredService<WorkflowRuntime>().StartAsync("waitThenDecide", RuntimeHarness.Vars(), "clerk", "c1")).Succeeded);
            await first.StopAsync();
        }

        await Task.Delay(TimeSpan.FromSeconds(1.5));
        using var second = await StartHostAsync();
        await WaitForOpenTaskAsync(second.Services, "c1");

        var contexts = second.Services.GetRequiredService<Func<RuntimeDbContext>>();
        await using var context = contexts();
        Assert.Equal(1, await context.Audit.CountAsync(a => a.Action == "timer.fire"));
        Assert.Equal(WorkStatus.Done, (await context.Timers.SingleAsync()).Status);
        await second.StopAsync();
    }

    [Fact]
    public async Task TwoHostsInOneProcess_EachKeepItsOwnScheduler()
    {
        using var other = new TempDirectory();
        using var first = await StartHostAsync();
        using var second = await StartHostAsync(other.Path);

        // Quartz hands an existing scheduler to anyone asking for its name: the second host must not get the first's.
        var one = await first.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var two = await second.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        Assert.NotSame(one, two);
        Assert.NotEqual(one.SchedulerName, two.SchedulerName);
        await second.StopAsync();
        Assert.Equal(SchedulerStatus.Shutdown, await two.GetStatus());
        Assert.NotEqual(SchedulerStatus.Shutdown, await one.GetStatus());
        await first.StopAsync();
    }

    [Fact]
    public async Task AnOlderBuildFacingANewerSchema_RefusesToStart()
    {
        using (var first = await StartHostAsync())
        {
            await first.StopAsync();
        }

        var options = RuntimeDatabase.Build(new DatabaseOptions { DataFolder = folder.Path });
        await using (var context = new RuntimeDbContext(options))
        {
            await context.Database.ExecuteSqlRawAsync("""INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion") VALUES ('20991231000000_FromANewerBuild', '99.0.0')""");
        }

        var refusal = await Assert.ThrowsAsync<RuntimeSchemaException>(StartHostAsync);
        Assert.Equal("runtime.schema-newer", refusal.Error.Code);
        Assert.Contains("20991231000000_FromANewerBuild", refusal.Error.Message, StringComparison.Ordinal);
    }

    private Task<IHost> StartHostAsync() => StartHostAsync(folder.Path);

    private static async Task<IHost> StartHostAsync(string dataFolder)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddSingleton<IClock>(SystemClock.Instance);
        builder.Services.AddGovWorkflowRuntime(new RuntimeOptions
        {
            Database = new DatabaseOptions { DataFolder = dataFolder },
            Engine = new EngineOptions { Zone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"] },
        });
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    private static async Task WaitForOpenTaskAsync(IServiceProvider services, string instanceId)
    {
        var contexts = services.GetRequiredService<Func<RuntimeDbContext>>();
        for (var attempt = 0; attempt < 100; attempt++)
        {
            await using var context = contexts();
            if (await context.Tasks.AnyAsync(t => t.InstanceId == instanceId && t.NodeId == "decide" && t.Status == WorkStatus.Open))
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail("The timer did not fire within 10 seconds.");
    }
}
