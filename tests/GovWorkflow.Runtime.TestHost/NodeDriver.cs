using System.Globalization;
using GovWorkflow.Engine.Execution;
using GovWorkflow.Engine.Expressions;
using GovWorkflow.Runtime.Hosting;
using GovWorkflow.Runtime.Instances;
using GovWorkflow.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovWorkflow.Runtime.TestHost;

/// <summary>One node of the scale-out test: <c>node CONNECTION NODE_NAME FIRST COUNT TOTAL ACK_FILE</c>.</summary>
/// <remarks>
/// Joins the Quartz cluster on the PostgreSQL database, starts its COUNT instances (numbered from FIRST), then
/// completes open tasks in task-id order — the same order as the other node, so that both often reach for the
/// same task — until TOTAL instances have completed. Each outcome is a line in ACK_FILE: <c>won TASK</c> or
/// <c>lost TASK CODE</c>. It prints <c>ready</c> once its scheduler runs.
/// </remarks>
internal static class NodeDriver
{
    public static async Task<int> RunAsync(string[] args)
    {
        var connection = args[0];
        var node = args[1];
        var first = int.Parse(args[2], CultureInfo.InvariantCulture);
        var count = int.Parse(args[3], CultureInfo.InvariantCulture);
        var total = int.Parse(args[4], CultureInfo.InvariantCulture);
        var ackFile = args[5];

        using var host = await RuntimeNode.StartAsync(new RuntimeOptions
        {
            Database = new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = connection },
            NodeName = node,
        });
        Console.WriteLine("ready");

        var contexts = host.Services.GetRequiredService<Func<RuntimeDbContext>>();
        var runtime = host.Services.GetRequiredService<WorkflowRuntime>();
        var empty = new Dictionary<string, FeelValue>(StringComparer.Ordinal);
        await using var acks = new StreamWriter(ackFile, append: true);
        for (var i = first; i < first + count; i++)
        {
            var outcome = await runtime.StartAsync(NodeProcess.Id, empty, node, "scale-" + i.ToString("D4", CultureInfo.InvariantCulture));
            if (!outcome.Succeeded)
            {
                await Console.Error.WriteLineAsync($"start {i}: {outcome.Code} {outcome.Message}");
                return 3;
            }
        }

        while (true)
        {
            List<long> open;
            int completed;
            await using (var context = contexts())
            {
                completed = await context.Instances.CountAsync(i => i.Status == InstanceStatus.Completed);
                open = await context.Tasks.Where(t => t.Status == WorkStatus.Open).OrderBy(t => t.Id).Select(t => t.Id).Take(20).ToListAsync();
            }

            if (completed >= total)
            {
                break;
            }

            foreach (var taskId in open)
            {
                var outcome = await runtime.CompleteTaskAsync(taskId, empty, node);
                await acks.WriteLineAsync(outcome.Succeeded
                    ? string.Create(CultureInfo.InvariantCulture, $"won {taskId}")
                    : string.Create(CultureInfo.InvariantCulture, $"lost {taskId} {outcome.Code}"));
            }

            await acks.FlushAsync();
            if (open.Count == 0)
            {
                await Task.Delay(50);
            }
        }

        await host.StopAsync();
        return 0;
    }
}
