using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using GovWorkflow.Engine.Execution;
using GovWorkflow.Engine.Expressions;
using GovWorkflow.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace GovWorkflow.Runtime.Instances;

/// <summary>Writes the steps of one command into its transaction: the state, the mirrored bookmarks and variables, the rows their effects ask for, and an audit line per step.</summary>
/// <remarks>
/// The statements collect in one <see cref="SqlBatch"/> and go to the database in one round trip when the command
/// ends (<see cref="FlushAsync"/>). Waiting is safe because the command reads none of the rows they write: an
/// instance it has written is taken from <see cref="Instance"/>, not read again. They run in the order the steps
/// asked for them, so a row created and cancelled in one command ends cancelled.
/// The instance update and the task claim are conditional (sequence, version): a lost race updates no row, and
/// <see cref="FlushAsync"/> reports it as a conflict for the caller to roll back.
/// </remarks>
internal sealed class StepWriter(RuntimeDbContext context, StepChanges changes, Instant now)
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly SqlBatch batch = new(context);
    private readonly object nowTicks = SqlBatch.Ticks(now);

    /// <summary>Instances this command has read or written, as it last left them: a later step of the command starts from here.</summary>
    private readonly Dictionary<string, InstanceRecord> instances = new(StringComparer.Ordinal);

    /// <summary>Conditional updates in the batch, each with the instance it concerns and whether it hit its row.</summary>
    private readonly List<(string InstanceId, StrongBox<bool> Hit)> claims = [];

    /// <summary>Stimuli for other instances that this step caused (a called process ended, a call was cancelled), applied next in the same transaction.</summary>
    public Queue<(string InstanceId, Stimulus Stimulus)> FollowUps { get; } = new();

    /// <summary>Call activities that must start a called process, in the same transaction.</summary>
    public Queue<(InstanceRecord Parent, CallRequested Call)> Calls { get; } = new();

    /// <summary>The first instance this command touched, for a conflict found by a constraint rather than by a claim.</summary>
    public string? FirstInstanceId { get; private set; }

    /// <summary>The instance as this command last left it, or null when it has not read it yet.</summary>
    public InstanceRecord? Instance(string instanceId) => instances.GetValueOrDefault(instanceId);

    /// <summary>Remembers an instance read for this command.</summary>
    public void Track(InstanceRecord record)
    {
        instances[record.Id] = record;
        FirstInstanceId ??= record.Id;
    }

    /// <summary>Closes a task as done by <paramref name="actor"/>, if it is still open at the version read; drops its candidates.</summary>
    public void CompleteTask(TaskRow task, string actor)
    {
        Claim(
            task.InstanceId,
            "UPDATE \"Tasks\" SET \"Status\" = {0}, \"ClosedAt\" = {1}, \"ClosedBy\" = {2}, \"Version\" = {3} WHERE \"Id\" = {4} AND \"Version\" = {5} AND \"Status\" = {6} RETURNING 1",
            (int)WorkStatus.Done, nowTicks, actor, task.Version + 1, task.Id, task.Version, (int)WorkStatus.Open);
        if (task.HasCandidates)
        {
            DropCandidates(task.Id);
        }
    }

    /// <summary>Adds one engine step of <paramref name="record"/> (new when <paramref name="before"/> is null) to the command's writes.</summary>
    public void Write(InstanceRecord record, InstanceState? before, ExecutionResult result, ExecutableProcess process, string actor, string action, string? detail)
    {
        var after = result.State;
        var expectedSequence = record.Sequence;
        var statusBefore = record.Status;
        record.State = Encoding.UTF8.GetString(InstanceStateJson.Serialize(after));
        record.Sequence = after.Sequence;
        record.Status = after.Status;
        record.UpdatedAt = now;
        if (after.Status != InstanceStatus.Running)
        {
            record.EndedAt = now;
        }

        if (before is null)
        {
            batch.Add(
                "INSERT INTO \"Instances\" (\"Id\", \"ProcessId\", \"DefinitionVersion\", \"Status\", \"State\", \"Sequence\", \"ParentInstanceId\", \"ParentBookmarkKey\", \"CreatedAt\", \"UpdatedAt\", \"EndedAt\") "
                + "VALUES ({0}, {1}, {2}, {3}, {4}, {5}, {6}, {7}, {8}, {9}, {10})",
                record.Id, record.ProcessId, record.DefinitionVersion, (int)record.Status, record.State, record.Sequence,
                record.ParentInstanceId, record.ParentBookmarkKey, SqlBatch.Ticks(record.CreatedAt), nowTicks, SqlBatch.Ticks(record.EndedAt));
        }
        else
        {
            // The concurrency check: the row must still be at the sequence this command started from. The status is
            // written only when it changes: it is indexed, and most steps leave it running.
            // A step of an instance read as not suspended also requires that nobody suspended it since (suspending does
            // not move the sequence); a cancellation of a suspended one requires only the sequence.
            var suspension = record.SuspendedAt is null ? " AND \"SuspendedAt\" IS NULL" : string.Empty;
            Claim(
                record.Id,
                record.Status == statusBefore
                    ? "UPDATE \"Instances\" SET \"State\" = {0}, \"Sequence\" = {1}, \"UpdatedAt\" = {3} WHERE \"Id\" = {5} AND \"Sequence\" = {6}" + suspension + " RETURNING 1"
                    : "UPDATE \"Instances\" SET \"State\" = {0}, \"Sequence\" = {1}, \"Status\" = {2}, \"UpdatedAt\" = {3}, \"EndedAt\" = {4} WHERE \"Id\" = {5} AND \"Sequence\" = {6}" + suspension + " RETURNING 1",
                record.State, record.Sequence, (int)record.Status, nowTicks, SqlBatch.Ticks(record.EndedAt), record.Id, expectedSequence);
        }

        Track(record);
        SyncBookmarks(record.Id, before, after);
        SyncVariables(record.Id, before, after);

        // Tasks created one after another go in one statement; any other effect first writes those before it, so
        // that a cancellation in the same step finds the rows it cancels.
        var tasks = new List<TaskCreated>();
        foreach (var effect in result.Effects)
        {
            if (effect is TaskCreated task)
            {
                tasks.Add(task);
                continue;
            }

            AddTasks(record, process, after, tasks);
            Apply(record, after, effect);
        }

        AddTasks(record, process, after, tasks);

        batch.Add(
            "INSERT INTO \"Audit\" (\"InstanceId\", \"Actor\", \"Action\", \"At\", \"Before\", \"After\", \"Detail\") VALUES ({0}, {1}, {2}, {3}, {4}, {5}, {6})",
            record.Id, actor, action, nowTicks, before is null ? null : Summary(before), Summary(after), detail);
    }

    /// <summary>Sends the command's writes; returns a conflict when a claim found its row changed (the caller rolls back), else null.</summary>
    public async Task<RuntimeOutcome?> FlushAsync(CancellationToken cancellationToken)
    {
        await batch.ExecuteAsync(cancellationToken).ConfigureAwait(false);
        foreach (var (instanceId, hit) in claims)
        {
            if (!hit.Value)
            {
                return RuntimeOutcome.Conflict(instanceId);
            }
        }

        return null;
    }

    /// <summary>The id of the instance a call activity starts: the caller's id and the call's bookmark key.</summary>
    public static string CallInstanceId(string parentId, long bookmarkKey) => $"{parentId}/{bookmarkKey}";

    private void Claim(string instanceId, string template, params ReadOnlySpan<object?> arguments)
    {
        var hit = new StrongBox<bool>();
        batch.Add(template, _ => hit.Value = true, arguments);
        claims.Add((instanceId, hit));
    }

    /// <summary>Deletes the rows of removed bookmarks and inserts the new ones, one statement each.</summary>
    private void SyncBookmarks(string instanceId, InstanceState? before, InstanceState after)
    {
        var removed = new List<object?> { instanceId };
        foreach (var bookmark in before?.Bookmarks ?? [])
        {
            if (after.FindBookmark(bookmark.Key) is null)
            {
                removed.Add(bookmark.Key);
            }
        }

        if (removed.Count > 1)
        {
            batch.Add("DELETE FROM \"Bookmarks\" WHERE \"InstanceId\" = {0} AND \"Key\" IN (" + Placeholders(1, removed.Count - 1) + ")", CollectionsMarshal.AsSpan(removed));
        }

        var added = new List<object?>();
        foreach (var bookmark in after.Bookmarks)
        {
            if (before?.FindBookmark(bookmark.Key) is null)
            {
                added.AddRange([instanceId, bookmark.Key, (int)bookmark.Kind, bookmark.NodeId, bookmark.MessageName, SqlBatch.Ticks(bookmark.DueAt)]);
            }
        }

        if (added.Count > 0)
        {
            batch.Add("INSERT INTO \"Bookmarks\" (\"InstanceId\", \"Key\", \"Kind\", \"NodeId\", \"MessageName\", \"DueAt\") VALUES " + Rows(added.Count / 6, 6), CollectionsMarshal.AsSpan(added));
        }
    }

    /// <summary>Writes the variables the step added or changed (FEEL JSON) in one statement; a new instance inserts, a running one upserts.</summary>
    private void SyncVariables(string instanceId, InstanceState? before, InstanceState after)
    {
        var changed = new List<object?>();
        foreach (var (name, value) in after.Variables)
        {
            if (before is null || !before.Variables.TryGetValue(name, out var old) || !old.Equals(value))
            {
                changed.AddRange([instanceId, name, FeelJson.Serialize(value)]);
            }
        }

        if (changed.Count > 0)
        {
            batch.Add(
                "INSERT INTO \"Variables\" (\"InstanceId\", \"Name\", \"Value\") VALUES " + Rows(changed.Count / 3, 3)
                + (before is null ? string.Empty : " ON CONFLICT (\"InstanceId\", \"Name\") DO UPDATE SET \"Value\" = excluded.\"Value\""),
                CollectionsMarshal.AsSpan(changed));
        }
    }

    /// <summary><c>({first}, …), (…)</c>: the placeholders of <paramref name="rows"/> rows of <paramref name="columns"/> values.</summary>
    private static string Rows(int rows, int columns)
    {
        var text = new StringBuilder();
        for (var row = 0; row < rows; row++)
        {
            text.Append(row == 0 ? "(" : ", (").Append(Placeholders(row * columns, columns)).Append(')');
        }

        return text.ToString();
    }

    /// <summary><c>{first}, {first + 1}, …</c>.</summary>
    private static string Placeholders(int first, int count) =>
        string.Join(", ", Enumerable.Range(first, count).Select(i => "{" + i.ToString(CultureInfo.InvariantCulture) + "}"));

    private void Apply(InstanceRecord record, InstanceState after, Effect effect)
    {
        switch (effect)
        {
            case TimerScheduled timer:
                var dueAt = timer.DueAt;
                batch.Add(
                    "INSERT INTO \"Timers\" (\"InstanceId\", \"BookmarkKey\", \"NodeId\", \"DueAt\", \"Status\", \"ClosedAt\") VALUES ({0}, {1}, {2}, {3}, {4}, {5}) RETURNING \"Id\"",
                    reader => changes.ScheduledTimers.Add((reader.GetInt64(0), dueAt)),
                    record.Id, timer.BookmarkKey, timer.NodeId, SqlBatch.Ticks(dueAt), (int)WorkStatus.Open, null);
                break;
            case ActivityRequested activity:
                batch.Add(
                    "INSERT INTO \"ActivityJobs\" (\"InstanceId\", \"BookmarkKey\", \"NodeId\", \"ActivityType\", \"Status\", \"Attempts\", \"LastError\", \"CreatedAt\", \"ClosedAt\") VALUES ({0}, {1}, {2}, {3}, {4}, {5}, {6}, {7}, {8})",
                    record.Id, activity.BookmarkKey, activity.NodeId, activity.ActivityType, (int)WorkStatus.Open, 0, null, nowTicks, null);
                break;
            case CallRequested call:
                Calls.Enqueue((record, call));
                break;
            case BookmarkCancelled cancelled:
                Cancel(record.Id, cancelled);
                break;
            case EscalationRaised escalation:
                batch.Add(
                    "INSERT INTO \"Outbox\" (\"InstanceId\", \"Kind\", \"Payload\", \"CreatedAt\", \"SentAt\") VALUES ({0}, {1}, {2}, {3}, {4})",
                    record.Id, "escalation", JsonSerializer.Serialize(new { escalation.Code, escalation.NodeId }, Json), nowTicks, null);
                break;
            case InstanceEnded ended when record.ParentInstanceId is { } parent && record.ParentBookmarkKey is { } callKey:
                FollowUps.Enqueue((parent, ended.Status == InstanceStatus.Failed
                    ? new ThrowError(callKey, after.Incident?.Code ?? "CHILD_FAILED", after.Incident?.Message)
                    : new CompleteCall(callKey, after.Variables)));
                break;
        }
    }

    /// <summary>Inserts the tasks in one statement and their candidates in one statement per task; empties <paramref name="tasks"/>.</summary>
    private void AddTasks(InstanceRecord record, ExecutableProcess process, InstanceState after, List<TaskCreated> tasks)
    {
        if (tasks.Count == 0)
        {
            return;
        }

        const int Columns = 16;
        var rows = new List<object?>(tasks.Count * Columns);
        foreach (var task in tasks)
        {
            var (blue, yellow, due) = TaskDeadlines.For(process, after, task.BookmarkKey, task.NodeId, now);
            rows.AddRange([
                record.Id, task.BookmarkKey, task.NodeId, task.Name, task.Assignee, task.CandidateDepartments.Count > 0 ? task.CandidateDepartments[0] : null, task.FormKey, task.LoopCounter,
                (int)WorkStatus.Open, nowTicks, SqlBatch.Ticks(blue), SqlBatch.Ticks(yellow), SqlBatch.Ticks(due), null, null, 0L]);
        }

        batch.Add(
            "INSERT INTO \"Tasks\" (\"InstanceId\", \"BookmarkKey\", \"NodeId\", \"Name\", \"Assignee\", \"Department\", \"FormKey\", \"LoopCounter\", \"Status\", \"CreatedAt\", \"BlueAt\", \"YellowAt\", \"DueAt\", \"ClosedAt\", \"ClosedBy\", \"Version\") VALUES "
            + Rows(tasks.Count, Columns),
            CollectionsMarshal.AsSpan(rows));
        foreach (var task in tasks)
        {
            AddCandidates(record.Id, task);
        }

        tasks.Clear();
    }

    /// <summary>
    /// After a timer moved: the open tasks whose deadline it sets (those waiting on its element or on an inner instance
    /// of it) take the new due and warning instants, warnings still measured from their creation. Their rows were
    /// written by earlier commands (a handler moves the timers it saw), so their creation instants are read here.
    /// </summary>
    public async Task RetimeTasksAsync(string instanceId, ExecutableProcess process, InstanceState after, long timerKey, CancellationToken cancellationToken)
    {
        if (after.FindBookmark(timerKey) is not { } timer || !TaskDeadlines.IsDeadline(process, timer))
        {
            return;
        }

        var keys = after.Bookmarks
            .Where(b => b.Kind == BookmarkKind.Task && (b.ElementKey == timer.ElementKey || after.FindElement(b.ElementKey)?.ParentKey == timer.ElementKey))
            .Select(b => b.Key)
            .ToList();
        if (keys.Count == 0)
        {
            return;
        }

        var tasks = await context.Tasks.AsNoTracking()
            .Where(t => t.InstanceId == instanceId && keys.Contains(t.BookmarkKey) && t.Status == WorkStatus.Open)
            .Select(t => new { t.BookmarkKey, t.NodeId, t.CreatedAt })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var task in tasks)
        {
            var (blue, yellow, due) = TaskDeadlines.For(process, after, task.BookmarkKey, task.NodeId, task.CreatedAt);
            batch.Add(
                "UPDATE \"Tasks\" SET \"BlueAt\" = {0}, \"YellowAt\" = {1}, \"DueAt\" = {2}, \"Version\" = \"Version\" + 1 WHERE \"InstanceId\" = {3} AND \"BookmarkKey\" = {4} AND \"Status\" = {5}",
                SqlBatch.Ticks(blue), SqlBatch.Ticks(yellow), SqlBatch.Ticks(due), instanceId, task.BookmarkKey, (int)WorkStatus.Open);
        }
    }

    /// <summary>
    /// Makes the command depend on <paramref name="task"/> being open at the version read: a claim, transfer or signer
    /// added since makes the flush a conflict. Moves the version, as any change of the task does.
    /// </summary>
    public void HoldTask(TaskRow task)
    {
        ArgumentNullException.ThrowIfNull(task);
        Claim(
            task.InstanceId,
            "UPDATE \"Tasks\" SET \"Version\" = {0} WHERE \"Id\" = {1} AND \"Version\" = {2} AND \"Status\" = {3} RETURNING 1",
            task.Version + 1, task.Id, task.Version, (int)WorkStatus.Open);
    }

    /// <summary>Assigns the unassigned open tasks a step of this command opened at <paramref name="nodeId"/> to <paramref name="assignee"/>.</summary>
    public void AssignOpened(string instanceId, string nodeId, string assignee) =>
        batch.Add(
            "UPDATE \"Tasks\" SET \"Assignee\" = {0} WHERE \"InstanceId\" = {1} AND \"NodeId\" = {2} AND \"Status\" = {3} AND \"Assignee\" IS NULL AND \"CreatedAt\" = {4}",
            assignee, instanceId, nodeId, (int)WorkStatus.Open, nowTicks);

    /// <summary>Withdraws the signature requests still open on a task the command closes or moves away from.</summary>
    public void CancelSigners(long taskId) =>
        batch.Add(
            "UPDATE \"TaskSigners\" SET \"Status\" = {0}, \"ClosedAt\" = {1} WHERE \"TaskId\" = {2} AND \"Status\" = {3}",
            (int)WorkStatus.Cancelled, nowTicks, taskId, (int)WorkStatus.Open);

    /// <summary>A notification row, for what a command tells people beside its steps.</summary>
    public void Notify(string instanceId, string kind, string payload) =>
        batch.Add(
            "INSERT INTO \"Outbox\" (\"InstanceId\", \"Kind\", \"Payload\", \"CreatedAt\", \"SentAt\") VALUES ({0}, {1}, {2}, {3}, {4})",
            instanceId, kind, payload, nowTicks, null);

    /// <summary>An audit line of its own, for what a command records beside its steps (a skipped timer move).</summary>
    public void Audit(string instanceId, string actor, string action, string detail) =>
        batch.Add(
            "INSERT INTO \"Audit\" (\"InstanceId\", \"Actor\", \"Action\", \"At\", \"Before\", \"After\", \"Detail\") VALUES ({0}, {1}, {2}, {3}, {4}, {5}, {6})",
            instanceId, actor, action, nowTicks, null, null, detail);

    /// <summary>Inserts a new task's candidates; the task's id is generated by its insert, so they find it by its unique (instance, bookmark).</summary>
    private void AddCandidates(string instanceId, TaskCreated task)
    {
        var values = new List<object?> { instanceId, task.BookmarkKey };
        var candidates = new StringBuilder();
        foreach (var (kind, names) in new[] { (CandidateKind.User, task.CandidateUsers), (CandidateKind.Group, task.CandidateGroups), (CandidateKind.Department, task.CandidateDepartments) })
        {
            foreach (var name in names.Distinct(StringComparer.Ordinal))
            {
                candidates.Append(candidates.Length == 0 ? "SELECT " : " UNION ALL SELECT ")
                    .Append(CultureInfo.InvariantCulture, $"{{{values.Count}}}").Append(values.Count == 2 ? " AS \"Kind\", " : ", ")
                    .Append(CultureInfo.InvariantCulture, $"{{{values.Count + 1}}}").Append(values.Count == 2 ? " AS \"Value\"" : string.Empty);
                values.AddRange([(int)kind, name]);
            }
        }

        if (values.Count > 2)
        {
            batch.Add(
                "INSERT INTO \"TaskCandidates\" (\"TaskId\", \"Kind\", \"Value\") SELECT t.\"Id\", c.\"Kind\", c.\"Value\" FROM \"Tasks\" AS t CROSS JOIN ("
                + candidates + ") AS c WHERE t.\"InstanceId\" = {0} AND t.\"BookmarkKey\" = {1}",
                CollectionsMarshal.AsSpan(values));
        }
    }

    private void Cancel(string instanceId, BookmarkCancelled cancelled)
    {
        var key = cancelled.BookmarkKey;
        switch (cancelled.Kind)
        {
            case BookmarkKind.Task:
                batch.Add(
                    "UPDATE \"Tasks\" SET \"Status\" = {0}, \"ClosedAt\" = {1}, \"Version\" = \"Version\" + 1 WHERE \"InstanceId\" = {2} AND \"BookmarkKey\" = {3} AND \"Status\" = {4}",
                    (int)WorkStatus.Cancelled, nowTicks, instanceId, key, (int)WorkStatus.Open);
                batch.Add(
                    "DELETE FROM \"TaskCandidates\" WHERE \"TaskId\" IN (SELECT \"Id\" FROM \"Tasks\" WHERE \"InstanceId\" = {0} AND \"BookmarkKey\" = {1})",
                    instanceId, key);
                break;
            case BookmarkKind.Timer:
                batch.Add(
                    "UPDATE \"Timers\" SET \"Status\" = {0}, \"ClosedAt\" = {1} WHERE \"InstanceId\" = {2} AND \"BookmarkKey\" = {3} AND \"Status\" = {4} RETURNING \"Id\"",
                    reader => changes.CancelledTimerIds.Add(reader.GetInt64(0)),
                    (int)WorkStatus.Cancelled, nowTicks, instanceId, key, (int)WorkStatus.Open);
                break;
            case BookmarkKind.Activity:
                batch.Add(
                    "UPDATE \"ActivityJobs\" SET \"Status\" = {0}, \"ClosedAt\" = {1} WHERE \"InstanceId\" = {2} AND \"BookmarkKey\" = {3} AND \"Status\" = {4}",
                    (int)WorkStatus.Cancelled, nowTicks, instanceId, key, (int)WorkStatus.Open);
                break;
            case BookmarkKind.Call:
                FollowUps.Enqueue((CallInstanceId(instanceId, key), new CancelInstance("调用方已取消该子流程")));
                break;
        }
    }

    /// <summary>
    /// Candidates are who may still claim an open task; a closed task drops them, so that the (kind, value) index
    /// behind "tasks I may claim" holds open tasks only and stays small however long the history grows. Who closed
    /// it stays on the task row and in the audit log.
    /// </summary>
    private void DropCandidates(long taskId) => batch.Add("DELETE FROM \"TaskCandidates\" WHERE \"TaskId\" = {0}", taskId);

    private static string Summary(InstanceState state)
    {
        // Written by hand: this runs on every step, and reflection-based serialisation of a small object costs more than the step.
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(128);
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("sequence", state.Sequence);
            json.WriteString("status", state.Status.ToString());
            json.WriteStartArray("waiting");
            foreach (var bookmark in state.Bookmarks)
            {
                json.WriteStringValue(bookmark.NodeId);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
