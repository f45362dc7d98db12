using System.Data.Common;
using GovWorkflow.Engine.Execution;
using GovWorkflow.Runtime.Persistence;
using NodaTime;

namespace GovWorkflow.Runtime.Instances;

/// <summary>The reads of a step, as plain statements in the command's transaction (see <see cref="SqlBatch"/>).</summary>
internal static class StepReader
{
    private const string InstanceColumns =
        "i.\"Id\", i.\"ProcessId\", i.\"DefinitionVersion\", i.\"Status\", i.\"State\", i.\"Sequence\", i.\"ParentInstanceId\", i.\"ParentBookmarkKey\", i.\"CreatedAt\", i.\"UpdatedAt\", i.\"EndedAt\", "
        + "i.\"SuspendedAt\", i.\"SuspendedBy\"";

    private const int InstanceColumnCount = 13;

    /// <summary>A task with its instance, in one statement; null when the task does not exist.</summary>
    public static async Task<(TaskRow Task, InstanceRecord Instance)?> TaskWithInstanceAsync(RuntimeDbContext context, long taskId, CancellationToken cancellationToken)
    {
        (TaskRow, InstanceRecord)? found = null;
        var batch = new SqlBatch(context);
        batch.Add(
            "SELECT " + InstanceColumns + ", t.\"InstanceId\", t.\"BookmarkKey\", t.\"NodeId\", t.\"Name\", t.\"Status\", t.\"ClosedBy\", t.\"Version\", "
            + "CASE WHEN EXISTS (SELECT 1 FROM \"TaskCandidates\" AS c WHERE c.\"TaskId\" = t.\"Id\") THEN 1 ELSE 0 END, "
            + "CASE WHEN EXISTS (SELECT 1 FROM \"TaskSigners\" AS s WHERE s.\"TaskId\" = t.\"Id\" AND s.\"Status\" = " + (int)WorkStatus.Open + ") THEN 1 ELSE 0 END "
            + "FROM \"Tasks\" AS t INNER JOIN \"Instances\" AS i ON i.\"Id\" = t.\"InstanceId\" WHERE t.\"Id\" = {0}",
            reader =>
            {
                const int t = InstanceColumnCount;
                var task = new TaskRow(
                    taskId,
                    reader.GetString(t),
                    reader.GetInt64(t + 1),
                    reader.GetString(t + 2),
                    NullableString(reader, t + 3),
                    (WorkStatus)reader.GetInt32(t + 4),
                    NullableString(reader, t + 5),
                    reader.GetInt64(t + 6),
                    reader.GetInt32(t + 7) == 1,
                    reader.GetInt32(t + 8) == 1);
                found = (task, ReadInstance(reader));
            },
            taskId);
        await batch.ExecuteAsync(cancellationToken).ConfigureAwait(false);
        return found;
    }

    /// <summary>An instance, or null.</summary>
    public static async Task<InstanceRecord?> InstanceAsync(RuntimeDbContext context, string instanceId, CancellationToken cancellationToken)
    {
        InstanceRecord? found = null;
        var batch = new SqlBatch(context);
        batch.Add("SELECT " + InstanceColumns + " FROM \"Instances\" AS i WHERE i.\"Id\" = {0}", reader => found = ReadInstance(reader), instanceId);
        await batch.ExecuteAsync(cancellationToken).ConfigureAwait(false);
        return found;
    }

    private static InstanceRecord ReadInstance(DbDataReader reader) => new()
    {
        Id = reader.GetString(0),
        ProcessId = reader.GetString(1),
        DefinitionVersion = reader.GetInt32(2),
        Status = (InstanceStatus)reader.GetInt32(3),
        State = reader.GetString(4),
        Sequence = reader.GetInt64(5),
        ParentInstanceId = NullableString(reader, 6),
        ParentBookmarkKey = reader.IsDBNull(7) ? null : reader.GetInt64(7),
        CreatedAt = Instant.FromUnixTimeTicks(reader.GetInt64(8)),
        UpdatedAt = Instant.FromUnixTimeTicks(reader.GetInt64(9)),
        EndedAt = reader.IsDBNull(10) ? null : Instant.FromUnixTimeTicks(reader.GetInt64(10)),
        SuspendedAt = reader.IsDBNull(11) ? null : Instant.FromUnixTimeTicks(reader.GetInt64(11)),
        SuspendedBy = NullableString(reader, 12),
    };

    private static string? NullableString(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
