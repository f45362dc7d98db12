using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using GovWorkflow.Activities.Cases;
using GovWorkflow.Domain.Catalog;
using GovWorkflow.Runtime.Persistence;
using GovWorkflow.Server.Auth;
using GovWorkflow.Server.Supervision;
using GovWorkflow.Server.Tasks;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace GovWorkflow.Server.Events;

/// <summary>A user's new tasks and warnings, found by polling the database.</summary>
/// <remarks>
/// New tasks are those the inbox would list (<see cref="MyTasks"/>).
/// Warnings cover those tasks and, for a supervisor, the open tasks of the departments they oversee (<see cref="SupervisedDepartments"/>; all for admin); a
/// task warns when its level rises to yellow or red. Time comes from the injected <see cref="IClock"/> and the poll
/// interval from <see cref="EventOptions"/> and <see cref="TimeProvider"/>, so tests drive both.
/// </remarks>
public sealed class TaskEventSource(Func<RuntimeDbContext> contexts, CaseServices services, ItemCatalog catalog, IClock clock, EventOptions options, TimeProvider time)
{
    /// <summary>The most tasks one poll looks at per query.</summary>
    public const int Limit = 500;

    /// <summary>The stream: a <c>ready</c> item once primed, then each poll's events.</summary>
    public async IAsyncEnumerable<SseItem<object>> StreamAsync(CurrentUser user, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var cursor = new EventCursor();
        await PollAsync(user, cursor, cancellationToken).ConfigureAwait(false);
        await NoticesAsync(user, cursor, cancellationToken).ConfigureAwait(false);
        yield return new SseItem<object>(new { userId = user.Id }, "ready");
        using var timer = new PeriodicTimer(options.PollInterval, time);
        while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
        {
            foreach (var found in await PollAsync(user, cursor, cancellationToken).ConfigureAwait(false))
            {
                yield return new SseItem<object>(found.Task, found.Kind) { EventId = $"{found.Kind}-{found.Task.Id}" };
            }

            foreach (var notice in await NoticesAsync(user, cursor, cancellationToken).ConfigureAwait(false))
            {
                yield return new SseItem<object>(notice, NoticeEvent.EventName) { EventId = $"{NoticeEvent.EventName}-{notice.Id}" };
            }
        }
    }

    /// <summary>One poll: the events since <paramref name="cursor"/>, which it then advances.</summary>
    public async Task<IReadOnlyList<TaskEvent>> PollAsync(CurrentUser user, EventCursor cursor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(cursor);
        var now = clock.GetCurrentInstant();
        await using var context = contexts();
        var mine = await MineAsync(context, user, cancellationToken).ConfigureAwait(false);
        var scope = mine.Concat(await SupervisedAsync(context, user, cancellationToken).ConfigureAwait(false)).DistinctBy(t => t.Id).ToList();
        var events = new List<TaskEvent>();
        foreach (var task in mine.Where(t => cursor.Known.Add(t.Id)).OrderBy(t => t.Id))
        {
            events.Add(new TaskEvent(TaskEvent.NewTask, TaskView.Of(task, now)));
        }

        foreach (var task in scope.OrderBy(t => t.Id))
        {
            var view = TaskView.Of(task, now);
            var before = cursor.Levels.TryGetValue(task.Id, out var seen) ? seen : "normal";
            cursor.Levels[task.Id] = view.Level;
            if (view.Level is "yellow" or "red" && !string.Equals(before, view.Level, StringComparison.Ordinal) && before != "red")
            {
                events.Add(new TaskEvent(TaskEvent.Warning, view));
            }
        }

        var primed = cursor.Primed;
        cursor.Primed = true;
        return primed ? events : [];
    }

    /// <summary>
    /// The notifications addressed to the user since <paramref name="cursor"/>: outbox rows naming them, one of their
    /// roles, or their department. The first call only finds where the outbox ends.
    /// </summary>
    public async Task<IReadOnlyList<NoticeEvent>> NoticesAsync(CurrentUser user, EventCursor cursor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(cursor);
        await using var context = contexts();
        if (!cursor.NoticesPrimed)
        {
            cursor.LastNotice = await context.Outbox.MaxAsync(o => (long?)o.Id, cancellationToken).ConfigureAwait(false) ?? 0;
            cursor.NoticesPrimed = true;
            return [];
        }

        var after = cursor.LastNotice;
        var rows = await context.Outbox.AsNoTracking().Where(o => o.Id > after).OrderBy(o => o.Id).Take(Limit).ToListAsync(cancellationToken).ConfigureAwait(false);
        var notices = new List<NoticeEvent>();
        foreach (var row in rows)
        {
            cursor.LastNotice = row.Id;
            if (OutboxNotice.For(row, user) is { } notice)
            {
                notices.Add(notice);
            }
        }

        return notices;
    }

    private Task<List<TaskRecord>> MineAsync(RuntimeDbContext context, CurrentUser user, CancellationToken cancellationToken) =>
        MyTasks.ForAsync(context, services, user, Limit, cancellationToken);

    private async Task<List<TaskRecord>> SupervisedAsync(RuntimeDbContext context, CurrentUser user, CancellationToken cancellationToken)
    {
        var open = context.Tasks.AsNoTracking().Where(t => t.Status == WorkStatus.Open && t.DueAt != null);
        if (user.HasRole(Roles.Admin))
        {
            return await open.OrderBy(t => t.DueAt).Take(Limit).ToListAsync(cancellationToken).ConfigureAwait(false);
        }

        if (!user.HasRole(Roles.Supervisor) || user.Department is not { } department)
        {
            return [];
        }

        var codes = SupervisedDepartments.Of(catalog, department).ToList();
        return await open.Where(t => t.Department != null && codes.Contains(t.Department)).OrderBy(t => t.DueAt).Take(Limit).ToListAsync(cancellationToken).ConfigureAwait(false);
    }
}
