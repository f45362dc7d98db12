using System.Data.Common;
using GovWorkflow.Engine.Execution;
using NodaTime;

namespace GovWorkflow.Benchmarks.Runtime;

/// <summary>The floor's prepared statements on one connection (the same SQL on SQLite and PostgreSQL).</summary>
internal sealed class FloorCommands : IAsyncDisposable
{
    private readonly DbCommand insertInstance;
    private readonly DbCommand updateInstance;
    private readonly DbCommand closeTask;
    private readonly DbCommand insertTask;
    private readonly DbCommand insertAudit;

    public FloorCommands(DbConnection connection)
    {
        insertInstance = Command(connection,
            "INSERT INTO \"Instances\" (\"Id\", \"ProcessId\", \"DefinitionVersion\", \"Status\", \"State\", \"Sequence\", \"CreatedAt\", \"UpdatedAt\") VALUES (@id, 'bench20', 1, @status, @state, @sequence, @now, @now)",
            "id", "status", "state", "sequence", "now");
        updateInstance = Command(connection,
            "UPDATE \"Instances\" SET \"State\" = @state, \"Sequence\" = @sequence, \"Status\" = @status, \"UpdatedAt\" = @now, \"EndedAt\" = @ended WHERE \"Id\" = @id AND \"Sequence\" = @expected",
            "state", "sequence", "status", "now", "ended", "id", "expected");
        closeTask = Command(connection,
            "UPDATE \"Tasks\" SET \"Status\" = 1, \"ClosedAt\" = @now, \"ClosedBy\" = 'approver', \"Version\" = @version + 1 WHERE \"Id\" = @id AND \"Status\" = 0 AND \"Version\" = @version",
            "now", "version", "id");
        insertTask = Command(connection,
            "INSERT INTO \"Tasks\" (\"InstanceId\", \"BookmarkKey\", \"NodeId\", \"Name\", \"LoopCounter\", \"Status\", \"CreatedAt\", \"Version\") VALUES (@instance, @bookmark, @node, @name, @loop, 0, @now, 0) RETURNING \"Id\"",
            "instance", "bookmark", "node", "name", "loop", "now");
        insertAudit = Command(connection,
            "INSERT INTO \"Audit\" (\"InstanceId\", \"Actor\", \"Action\", \"At\", \"Before\", \"After\", \"Detail\") VALUES (@instance, 'approver', 'task.complete', @now, @before, @after, @detail)",
            "instance", "now", "before", "after", "detail");
    }

    public Task InsertInstanceAsync(DbTransaction transaction, string id, FloorStep step, Instant now) =>
        RunAsync(insertInstance, transaction, id, (int)step.Status, step.State, step.Sequence, now.ToUnixTimeTicks());

    public async Task UpdateInstanceAsync(DbTransaction transaction, string id, long expected, FloorStep step, Instant now)
    {
        object ended = step.Status == InstanceStatus.Running ? DBNull.Value : now.ToUnixTimeTicks();
        if (await RunAsync(updateInstance, transaction, step.State, step.Sequence, (int)step.Status, now.ToUnixTimeTicks(), ended, id, expected) != 1)
        {
            throw new InvalidOperationException($"Floor: instance {id} was not at sequence {expected}.");
        }
    }

    public async Task CloseTaskAsync(DbTransaction transaction, long id, long version, Instant now)
    {
        if (await RunAsync(closeTask, transaction, now.ToUnixTimeTicks(), version, id) != 1)
        {
            throw new InvalidOperationException($"Floor: task {id} was not open at version {version}.");
        }
    }

    public async Task<long> InsertTaskAsync(DbTransaction transaction, string instanceId, TaskCreated task, Instant now)
    {
        Bind(insertTask, transaction, instanceId, task.BookmarkKey, task.NodeId, (object?)task.Name ?? DBNull.Value, task.LoopCounter, now.ToUnixTimeTicks());
        return Convert.ToInt64(await insertTask.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public Task InsertAuditAsync(DbTransaction transaction, string instanceId, string before, string after, Instant now) =>
        RunAsync(insertAudit, transaction, instanceId, now.ToUnixTimeTicks(), before, after, "task #");

    public async ValueTask DisposeAsync()
    {
        foreach (var command in new[] { insertInstance, updateInstance, closeTask, insertTask, insertAudit })
        {
            await command.DisposeAsync();
        }
    }

    private static DbCommand Command(DbConnection connection, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
#pragma warning disable CA2100 // Constant SQL: the values are parameters.
        command.CommandText = sql;
#pragma warning restore CA2100
        foreach (var name in names)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private static void Bind(DbCommand command, DbTransaction transaction, params object[] values)
    {
        command.Transaction = transaction;
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }
    }

    private static Task<int> RunAsync(DbCommand command, DbTransaction transaction, params object[] values)
    {
        Bind(command, transaction, values);
        return command.ExecuteNonQueryAsync();
    }
}
