using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using GovWorkflow.Engine.Execution;
using GovWorkflow.Engine.Expressions;
using GovWorkflow.Runtime.Persistence;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace GovWorkflow.Runtime.Instances;

/// <summary>Writes one engine step into the open transaction: the state, the mirrored bookmarks and variables, the rows its effects ask for, and an audit line.</summary>
internal sealed class StepWriter(RuntimeDbContext context, StepChanges changes, Instant now)
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Bookmark rows added in this transaction, so that a later step of the same command removes the entity rather than a row.</summary>
    private readonly Dictionary<(string InstanceId, long Key), BookmarkRecord> addedBookmarks = [];

    /// <summary>Stimuli for other instances that this step caused (a called process ended, a call was cancelled), applied next in the same transaction.</summary>
    public Queue<(string InstanceId, Stimulus Stimulus)> FollowUps { get; } = new();

    /// <summary>Call activities that must start a called process, in the same transaction.</summary>
    public Queue<(InstanceRecord Parent, CallRequested Call)> Calls { get; } = new();

    public async Task WriteAsync(InstanceRecord record, InstanceState? before, ExecutionResult result, ExecutableProcess process, string actor, string action, string? detail, CancellationToken cancellationToken)
    {
        var after = result.State;
        record.State = Encoding.UTF8.GetString(InstanceStateJson.Serialize(after));
        record.Sequence = after.Sequence;
        record.Status = after.Status;
        record.UpdatedAt = now;
        if (after.Status != InstanceStatus.Running)
        {
            record.EndedAt = now;
        }

        SyncBookmarks(record.Id, before, after);
        await SyncVariablesAsync(record.Id, before, after, cancellationToken).ConfigureAwait(false);
        foreach (var effect in result.Effects)
        {
            await ApplyAsync(record, process, after, effect, cancellationToken).ConfigureAwait(false);
        }

        context.Audit.Add(new AuditRecord
        {
            InstanceId = record.Id,
            Actor = actor,
            Action = action,
            At = now,
            Before = before is null ? null : Summary(before),
            After = Summary(after),
            Detail = detail,
        });
    }

    /// <summary>Deletes the rows of removed bookmarks and adds the new ones, all in the step's one save (no extra round trip).</summary>
    private void SyncBookmarks(string instanceId, InstanceState? before, InstanceState after)
    {
        var kept = after.Bookmarks.Select(b => b.Key).ToHashSet();
        foreach (var key in before?.Bookmarks.Where(b => !kept.Contains(b.Key)).Select(b => b.Key) ?? [])
        {
            if (addedBookmarks.Remove((instanceId, key), out var added))
            {
                context.Bookmarks.Remove(added);
            }
            else
            {
                // The row mirrors the state, so it exists: delete it by key without reading it.
                context.Bookmarks.Remove(new BookmarkRecord { InstanceId = instanceId, Key = key, NodeId = string.Empty });
            }
        }

        var existing = before?.Bookmarks.Select(b => b.Key).ToHashSet() ?? [];
        foreach (var bookmark in after.Bookmarks.Where(b => !existing.Contains(b.Key)))
        {
            var row = new BookmarkRecord
            {
                InstanceId = instanceId,
                Key = bookmark.Key,
                Kind = bookmark.Kind,
                NodeId = bookmark.NodeId,
                MessageName = bookmark.MessageName,
                DueAt = bookmark.DueAt,
            };
            context.Bookmarks.Add(row);
            addedBookmarks[(instanceId, bookmark.Key)] = row;
        }
    }

    private async Task SyncVariablesAsync(string instanceId, InstanceState? before, InstanceState after, CancellationToken cancellationToken)
    {
        var changed = after.Variables
            .Where(v => before is null || !before.Variables.TryGetValue(v.Key, out var old) || !old.Equals(v.Value))
            .ToList();
        if (changed.Count == 0)
        {
            return;
        }

        if (before is not null)
        {
            var names = changed.Select(v => v.Key).ToList();
            await context.Variables.Where(v => v.InstanceId == instanceId && names.Contains(v.Name))
                .ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        }

        foreach (var (name, value) in changed)
        {
            context.Variables.Add(new VariableRecord { InstanceId = instanceId, Name = name, Value = FeelJson.Serialize(value) });
        }
    }

    private async Task ApplyAsync(InstanceRecord record, ExecutableProcess process, InstanceState after, Effect effect, CancellationToken cancellationToken)
    {
        switch (effect)
        {
            case TaskCreated task:
                AddTask(record, process, after, task);
                break;
            case TimerScheduled timer:
                var row = new TimerRecord { InstanceId = record.Id, BookmarkKey = timer.BookmarkKey, NodeId = timer.NodeId, DueAt = timer.DueAt, Status = WorkStatus.Open };
                context.Timers.Add(row);
                changes.ScheduledTimers.Add(row);
                break;
            case ActivityRequested activity:
                context.ActivityJobs.Add(new ActivityJobRecord
                {
                    InstanceId = record.Id,
                    BookmarkKey = activity.BookmarkKey,
                    NodeId = activity.NodeId,
                    ActivityType = activity.ActivityType,
                    Status = WorkStatus.Open,
                    CreatedAt = now,
                });
                break;
            case CallRequested call:
                Calls.Enqueue((record, call));
                break;
            case BookmarkCancelled cancelled:
                await CancelAsync(record.Id, cancelled, cancellationToken).ConfigureAwait(false);
                break;
            case EscalationRaised escalation:
                context.Outbox.Add(new OutboxRecord
                {
                    InstanceId = record.Id,
                    Kind = "escalation",
                    Payload = JsonSerializer.Serialize(new { escalation.Code, escalation.NodeId }, Json),
                    CreatedAt = now,
                });
                break;
            case InstanceEnded ended when record.ParentInstanceId is { } parent && record.ParentBookmarkKey is { } callKey:
                FollowUps.Enqueue((parent, ended.Status == InstanceStatus.Failed
                    ? new ThrowError(callKey, after.Incident?.Code ?? "CHILD_FAILED", after.Incident?.Message)
                    : new CompleteCall(callKey, after.Variables)));
                break;
        }
    }

    private void AddTask(InstanceRecord record, ExecutableProcess process, InstanceState after, TaskCreated task)
    {
        var (blue, yellow, due) = TaskDeadlines.For(process, after, task.BookmarkKey, task.NodeId, now);
        var row = new TaskRecord
        {
            InstanceId = record.Id,
            BookmarkKey = task.BookmarkKey,
            NodeId = task.NodeId,
            Name = task.Name,
            Assignee = task.Assignee,
            Department = task.CandidateDepartments.Count > 0 ? task.CandidateDepartments[0] : null,
            FormKey = task.FormKey,
            LoopCounter = task.LoopCounter,
            Status = WorkStatus.Open,
            CreatedAt = now,
            BlueAt = blue,
            YellowAt = yellow,
            DueAt = due,
        };
        foreach (var user in task.CandidateUsers.Distinct(StringComparer.Ordinal))
        {
            row.Candidates.Add(new TaskCandidateRecord { Kind = CandidateKind.User, Value = user });
        }

        foreach (var group in task.CandidateGroups.Distinct(StringComparer.Ordinal))
        {
            row.Candidates.Add(new TaskCandidateRecord { Kind = CandidateKind.Group, Value = group });
        }

        foreach (var department in task.CandidateDepartments.Distinct(StringComparer.Ordinal))
        {
            row.Candidates.Add(new TaskCandidateRecord { Kind = CandidateKind.Department, Value = department });
        }

        context.Tasks.Add(row);
    }

    /// <summary>
    /// After a timer moved: the open tasks whose deadline it sets (those waiting on its element or on an inner instance
    /// of it) take the new due and warning instants, warnings still measured from their creation.
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

        // Loaded to track them; Local also holds task rows this command added and has not saved yet.
        await context.Tasks.Where(t => t.InstanceId == instanceId && keys.Contains(t.BookmarkKey) && t.Status == WorkStatus.Open)
            .LoadAsync(cancellationToken).ConfigureAwait(false);
        foreach (var task in context.Tasks.Local.Where(t => t.InstanceId == instanceId && keys.Contains(t.BookmarkKey) && t.Status == WorkStatus.Open).ToList())
        {
            (task.BlueAt, task.YellowAt, task.DueAt) = TaskDeadlines.For(process, after, task.BookmarkKey, task.NodeId, task.CreatedAt);
            task.Version++;
        }
    }

    private async Task CancelAsync(string instanceId, BookmarkCancelled cancelled, CancellationToken cancellationToken)
    {
        var key = cancelled.BookmarkKey;
        switch (cancelled.Kind)
        {
            case BookmarkKind.Task:
                await context.Tasks.Where(t => t.InstanceId == instanceId && t.BookmarkKey == key && t.Status == WorkStatus.Open)
                    .ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, WorkStatus.Cancelled).SetProperty(t => t.ClosedAt, now).SetProperty(t => t.Version, t => t.Version + 1), cancellationToken)
                    .ConfigureAwait(false);
                await DropCandidatesAsync(context.Tasks.Where(t => t.InstanceId == instanceId && t.BookmarkKey == key).Select(t => t.Id), cancellationToken).ConfigureAwait(false);
                break;
            case BookmarkKind.Timer:
                var timer = context.Timers.Local.FirstOrDefault(t => t.InstanceId == instanceId && t.BookmarkKey == key)
                    ?? await context.Timers.SingleOrDefaultAsync(t => t.InstanceId == instanceId && t.BookmarkKey == key, cancellationToken).ConfigureAwait(false);
                if (timer is { Status: WorkStatus.Open })
                {
                    timer.Status = WorkStatus.Cancelled;
                    timer.ClosedAt = now;
                    if (timer.Id != 0)
                    {
                        changes.CancelledTimerIds.Add(timer.Id);
                    }
                    else
                    {
                        changes.ScheduledTimers.Remove(timer);
                    }
                }

                break;
            case BookmarkKind.Activity:
                await context.ActivityJobs.Where(j => j.InstanceId == instanceId && j.BookmarkKey == key && j.Status == WorkStatus.Open)
                    .ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, WorkStatus.Cancelled).SetProperty(j => j.ClosedAt, now), cancellationToken)
                    .ConfigureAwait(false);
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
    private async Task DropCandidatesAsync(IQueryable<long> taskIds, CancellationToken cancellationToken) =>
        await context.TaskCandidates.Where(c => taskIds.Contains(c.TaskId)).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>The id of the instance a call activity starts: the caller's id and the call's bookmark key.</summary>
    public static string CallInstanceId(string parentId, long bookmarkKey) => $"{parentId}/{bookmarkKey}";

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
