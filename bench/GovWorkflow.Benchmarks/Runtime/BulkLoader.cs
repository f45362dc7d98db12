using System.Data.Common;
using GovWorkflow.Runtime.Persistence;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace GovWorkflow.Benchmarks.Runtime;

/// <summary>Fast seeding: SQLite in one transaction with prepared inserts, PostgreSQL through binary COPY.</summary>
internal static class BulkLoader
{
    public static async Task LoadTasksAsync(BenchDatabase database, IEnumerable<InboxSeedRow> rows)
    {
        await using var connection = await database.OpenConnectionAsync();
        if (connection is NpgsqlConnection npgsql)
        {
            await CopyTasksAsync(npgsql, rows);
            return;
        }

        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using var task = Prepare((SqliteConnection)connection, transaction,
            "INSERT INTO \"Tasks\" (\"Id\", \"InstanceId\", \"BookmarkKey\", \"NodeId\", \"Name\", \"Assignee\", \"Department\", \"LoopCounter\", \"Status\", \"CreatedAt\", \"BlueAt\", \"YellowAt\", \"DueAt\", \"ClosedAt\", \"ClosedBy\", \"Version\") "
            + "VALUES ($1, $2, $3, $4, $5, $6, $7, 0, $8, $9, $10, $11, $12, $13, $14, 0)", 14);
        await using var candidate = Prepare((SqliteConnection)connection, transaction,
            "INSERT INTO \"TaskCandidates\" (\"TaskId\", \"Kind\", \"Value\") VALUES ($1, $2, $3)", 3);
        foreach (var row in rows)
        {
            Set(task, row.Id, row.InstanceId, row.BookmarkKey, row.NodeId, row.Name, row.Assignee, row.Department, row.Status, row.CreatedAt, row.BlueAt, row.YellowAt, row.DueAt, row.ClosedAt, row.ClosedBy);
            task.ExecuteNonQuery();
            foreach (var (kind, value) in row.Candidates)
            {
                Set(candidate, row.Id, kind, value);
                candidate.ExecuteNonQuery();
            }
        }

        await transaction.CommitAsync();
    }

    /// <summary>Open timers, one per instance, due from <paramref name="from"/> over the next 90 days.</summary>
    public static async Task LoadTimersAsync(BenchDatabase database, int count, long from)
    {
        var day = NodaTime.Duration.FromDays(1).BclCompatibleTicks;
        var timers = Enumerable.Range(0, count).Select(i => (
            InstanceId: "TMR-" + i.ToString("D7", System.Globalization.CultureInfo.InvariantCulture),
            DueAt: from + day + ((long)i * 89 * day / count)));
        await using var connection = await database.OpenConnectionAsync();
        if (connection is NpgsqlConnection npgsql)
        {
            await using var importer = await npgsql.BeginBinaryImportAsync("COPY \"Timers\" (\"InstanceId\", \"BookmarkKey\", \"NodeId\", \"DueAt\", \"Status\") FROM STDIN (FORMAT BINARY)");
            foreach (var (instanceId, dueAt) in timers)
            {
                await importer.StartRowAsync();
                await importer.WriteAsync(instanceId, NpgsqlDbType.Text);
                await importer.WriteAsync(1L, NpgsqlDbType.Bigint);
                await importer.WriteAsync("sla", NpgsqlDbType.Text);
                await importer.WriteAsync(dueAt, NpgsqlDbType.Bigint);
                await importer.WriteAsync((int)WorkStatus.Open, NpgsqlDbType.Integer);
            }

            await importer.CompleteAsync();
            return;
        }

        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using var insert = Prepare((SqliteConnection)connection, transaction,
            "INSERT INTO \"Timers\" (\"InstanceId\", \"BookmarkKey\", \"NodeId\", \"DueAt\", \"Status\") VALUES ($1, 1, 'sla', $2, 0)", 2);
        foreach (var (instanceId, dueAt) in timers)
        {
            Set(insert, instanceId, dueAt);
            insert.ExecuteNonQuery();
        }

        await transaction.CommitAsync();
    }

    private static async Task CopyTasksAsync(NpgsqlConnection connection, IEnumerable<InboxSeedRow> rows)
    {
        var candidates = new List<(long TaskId, int Kind, string Value)>();
        await using (var importer = await connection.BeginBinaryImportAsync(
            "COPY \"Tasks\" (\"Id\", \"InstanceId\", \"BookmarkKey\", \"NodeId\", \"Name\", \"Assignee\", \"Department\", \"LoopCounter\", \"Status\", \"CreatedAt\", \"BlueAt\", \"YellowAt\", \"DueAt\", \"ClosedAt\", \"ClosedBy\", \"Version\") FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var row in rows)
            {
                await importer.StartRowAsync();
                await importer.WriteAsync(row.Id, NpgsqlDbType.Bigint);
                await importer.WriteAsync(row.InstanceId, NpgsqlDbType.Text);
                await importer.WriteAsync(row.BookmarkKey, NpgsqlDbType.Bigint);
                await importer.WriteAsync(row.NodeId, NpgsqlDbType.Text);
                await importer.WriteAsync(row.Name, NpgsqlDbType.Text);
                await WriteNullableAsync(importer, row.Assignee);
                await importer.WriteAsync(row.Department, NpgsqlDbType.Text);
                await importer.WriteAsync(0, NpgsqlDbType.Integer);
                await importer.WriteAsync(row.Status, NpgsqlDbType.Integer);
                await importer.WriteAsync(row.CreatedAt, NpgsqlDbType.Bigint);
                await WriteNullableAsync(importer, row.BlueAt);
                await WriteNullableAsync(importer, row.YellowAt);
                await WriteNullableAsync(importer, row.DueAt);
                await WriteNullableAsync(importer, row.ClosedAt);
                await WriteNullableAsync(importer, row.ClosedBy);
                await importer.WriteAsync(0L, NpgsqlDbType.Bigint);
                candidates.AddRange(row.Candidates.Select(c => (row.Id, c.Kind, c.Value)));
            }

            await importer.CompleteAsync();
        }

        await using (var importer = await connection.BeginBinaryImportAsync("COPY \"TaskCandidates\" (\"TaskId\", \"Kind\", \"Value\") FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (taskId, kind, value) in candidates)
            {
                await importer.StartRowAsync();
                await importer.WriteAsync(taskId, NpgsqlDbType.Bigint);
                await importer.WriteAsync(kind, NpgsqlDbType.Integer);
                await importer.WriteAsync(value, NpgsqlDbType.Text);
            }

            await importer.CompleteAsync();
        }
    }

    private static Task WriteNullableAsync(NpgsqlBinaryImporter importer, string? value) =>
        value is null ? importer.WriteNullAsync() : importer.WriteAsync(value, NpgsqlDbType.Text);

    private static Task WriteNullableAsync(NpgsqlBinaryImporter importer, long? value) =>
        value is { } v ? importer.WriteAsync(v, NpgsqlDbType.Bigint) : importer.WriteNullAsync();

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, int parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
#pragma warning disable CA2100 // Constant SQL: the values are parameters.
        command.CommandText = sql;
#pragma warning restore CA2100
        for (var i = 1; i <= parameters; i++)
        {
            command.Parameters.Add(new SqliteParameter("$" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), null));
        }

        command.Prepare();
        return command;
    }

    private static void Set(DbCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }
}
