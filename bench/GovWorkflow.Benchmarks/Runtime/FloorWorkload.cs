using System.Diagnostics;
using System.Text;
using System.Text.Json;
using GovWorkflow.Engine.Execution;
using GovWorkflow.Engine.Expressions;
using NodaTime;

namespace GovWorkflow.Benchmarks.Runtime;

/// <summary>
/// The floor under the runtime: per completion, the least a durable workflow must write, in one transaction with
/// prepared ADO.NET commands and no engine — update the instance row (state JSON of the size the engine writes at
/// that step, sequence checked and bumped), close the task row (version checked), insert the tasks the step creates,
/// insert an audit row. The states and tasks are those the engine produces for bench-20node, step by step.
/// </summary>
internal sealed class FloorWorkload(BenchDatabase database, Instant now, IReadOnlyList<FloorStep> steps)
{
    /// <summary>Runs one instance in memory, completing the oldest task each time: step 0 is the start, then one step per completion.</summary>
    public static IReadOnlyList<FloorStep> StatesOf(ProcessInterpreter interpreter, IReadOnlyDictionary<string, FeelValue> variables, Instant now)
    {
        var result = interpreter.Start(new StartInstance("BENCH-0-0", "1", variables), now);
        var steps = new List<FloorStep> { Step(result) };
        while (result.State.Status == InstanceStatus.Running)
        {
            result = interpreter.Execute(result.State, new CompleteTask(result.State.Bookmarks[0].Key, new Dictionary<string, FeelValue>(StringComparer.Ordinal)), now);
            steps.Add(Step(result));
        }

        return steps;
    }

    /// <summary>Starts (not timed) and completes (timed) <paramref name="instances"/> instances; returns completions per second.</summary>
    public async Task<double> RunAsync(string round, int instances, int workers)
    {
        var ids = Enumerable.Range(0, instances).Select(i => $"FLOOR-{round}-{i}").ToList();
        var queues = new Dictionary<string, Queue<(long Id, long Version)>>(StringComparer.Ordinal);
        await using (var connection = await database.OpenConnectionAsync())
        {
            await using var transaction = await connection.BeginTransactionAsync();
            await using var commands = new FloorCommands(connection);
            foreach (var id in ids)
            {
                await commands.InsertInstanceAsync(transaction, id, steps[0], now);
                var queue = new Queue<(long, long)>();
                foreach (var task in steps[0].Tasks)
                {
                    queue.Enqueue((await commands.InsertTaskAsync(transaction, id, task, now), 0));
                }

                queues[id] = queue;
            }

            await transaction.CommitAsync();
        }

        var partitions = ids.Select((id, index) => (id, index)).GroupBy(x => x.index % workers, x => x.id).Select(g => g.ToList()).ToList();
        var stopwatch = Stopwatch.StartNew();
        await Task.WhenAll(partitions.Select(partition => Task.Run(() => CompleteAllAsync(partition, queues))));
        var seconds = stopwatch.Elapsed.TotalSeconds;
        return instances * (steps.Count - 1) / seconds;
    }

    private async Task CompleteAllAsync(List<string> instanceIds, Dictionary<string, Queue<(long Id, long Version)>> queues)
    {
        await using var connection = await database.OpenConnectionAsync();
        await using var commands = new FloorCommands(connection);
        for (var k = 1; k < steps.Count; k++)
        {
            foreach (var id in instanceIds)
            {
                var queue = queues[id];
                await using var transaction = await connection.BeginTransactionAsync();
                await commands.UpdateInstanceAsync(transaction, id, steps[k - 1].Sequence, steps[k], now);
                var (taskId, version) = queue.Dequeue();
                await commands.CloseTaskAsync(transaction, taskId, version, now);
                foreach (var task in steps[k].Tasks)
                {
                    queue.Enqueue((await commands.InsertTaskAsync(transaction, id, task, now), 0));
                }

                await commands.InsertAuditAsync(transaction, id, steps[k - 1].Summary, steps[k].Summary, now);
                await transaction.CommitAsync();
            }
        }
    }

    private static FloorStep Step(ExecutionResult result) => new(
        Encoding.UTF8.GetString(InstanceStateJson.Serialize(result.State)),
        result.State.Sequence,
        result.State.Status,
        [.. result.Effects.OfType<TaskCreated>()],
        JsonSerializer.Serialize(new { sequence = result.State.Sequence, status = result.State.Status.ToString(), waiting = result.State.Bookmarks.Select(b => b.NodeId).ToArray() }));
}
