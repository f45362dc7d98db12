using System.Globalization;
using GovWorkflow.Engine.Execution;
using GovWorkflow.Engine.Expressions;
using GovWorkflow.Runtime.Definitions;
using GovWorkflow.Runtime.Hosting;
using GovWorkflow.Runtime.Instances;
using GovWorkflow.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovWorkflow.Runtime.TestHost;

/// <summary>The crash-recovery child: <c>crash DATA_FOLDER ACK_FILE INSTANCES SEED KILL_AT</c>.</summary>
/// <remarks>
/// Runs the crash-test process on the SQLite file in DATA_FOLDER until INSTANCES instances have completed,
/// appending one line per acknowledged command to ACK_FILE, flushed to disk before the next command:
/// <c>start INSTANCE</c> when an instance was started, <c>task TASK COMMAND</c> when a task was completed by
/// command COMMAND. With KILL_AT above 0 the process sends itself SIGKILL before its KILL_AT-th database
/// statement or commit; the test then checks the database against the file.
/// </remarks>
internal static class CrashDriver
{
    public static async Task<int> RunAsync(string[] args)
    {
        var data = args[0];
        var ackFile = args[1];
        var target = int.Parse(args[2], CultureInfo.InvariantCulture);
        var random = new Random(int.Parse(args[3], CultureInfo.InvariantCulture));
        var killAt = int.Parse(args[4], CultureInfo.InvariantCulture);

        var options = new RuntimeOptions { Database = new DatabaseOptions { DataFolder = data } };
        options.Interceptors.Add(new SigkillAfterCommands(killAt));
        using var host = await RuntimeNode.StartAsync(options);

        var contexts = host.Services.GetRequiredService<Func<RuntimeDbContext>>();
        var runtime = host.Services.GetRequiredService<WorkflowRuntime>();
        await using (var context = contexts())
        {
            if (!await context.Definitions.AnyAsync(d => d.ProcessId == CrashProcess.Id))
            {
                await host.Services.GetRequiredService<DefinitionService>().PublishAsync(CrashProcess.Xml, "crash.bpmn", "designer");
            }
        }

        await using var acks = new FileStream(ackFile, FileMode.Append, FileAccess.Write, FileShare.Read);
        await using var ackWriter = new StreamWriter(acks);
        async Task AckAsync(string line)
        {
            await ackWriter.WriteLineAsync(line);
            await ackWriter.FlushAsync();
            acks.Flush(flushToDisk: true);
        }

        var empty = new Dictionary<string, FeelValue>(StringComparer.Ordinal);
        while (true)
        {
            int started;
            int completed;
            List<long> open;
            await using (var context = contexts())
            {
                started = await context.Instances.CountAsync();
                completed = await context.Instances.CountAsync(i => i.Status == InstanceStatus.Completed);
                open = await context.Tasks.Where(t => t.Status == WorkStatus.Open).Select(t => t.Id).ToListAsync();
            }

            if (completed >= target)
            {
                break;
            }

            if (started < target)
            {
                var id = "crash-" + started.ToString("D4", CultureInfo.InvariantCulture);
                var outcome = await runtime.StartAsync(CrashProcess.Id, empty, "driver", id);
                if (outcome.Succeeded)
                {
                    await AckAsync("start " + id);
                }
            }

            foreach (var taskId in open.OrderBy(_ => random.Next()).Take(5))
            {
                var command = "cmd-" + Guid.NewGuid().ToString("N");
                var outcome = await runtime.CompleteTaskAsync(taskId, empty, command);
                if (outcome.Succeeded)
                {
                    await AckAsync(string.Create(CultureInfo.InvariantCulture, $"task {taskId} {command}"));
                }
            }

            if (open.Count == 0 && started >= target)
            {
                await Task.Delay(100);
            }
        }

        await host.StopAsync();
        return 0;
    }
}
