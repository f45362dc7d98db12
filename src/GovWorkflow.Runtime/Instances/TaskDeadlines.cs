using System.Globalization;
using GovWorkflow.Engine.Execution;
using NodaTime;

namespace GovWorkflow.Runtime.Instances;

/// <summary>A task's due instant and warning instants, read from the interrupting timers on it and its <c>gov:warnAt</c>.</summary>
/// <remarks>
/// The SLA of a task is modelled as an interrupting boundary timer (for a multi-instance task, on its body); the
/// earliest one is the due instant. Blue and yellow warnings start at the fractions of <c>gov:warnAt</c> of the
/// time between creation and due (default 0.5 and 0.8, the statutory clock's defaults).
/// </remarks>
internal static class TaskDeadlines
{
    private const double DefaultBlue = 0.5;
    private const double DefaultYellow = 0.8;

    public static (Instant? Blue, Instant? Yellow, Instant? Due) For(ExecutableProcess process, InstanceState state, TaskCreated task, Instant now)
    {
        var bookmark = state.FindBookmark(task.BookmarkKey);
        if (bookmark is null)
        {
            return (null, null, null);
        }

        var element = state.FindElement(bookmark.ElementKey);
        var owners = element is null ? [bookmark.ElementKey] : new[] { element.Key, element.ParentKey };
        Instant? due = null;
        foreach (var timer in state.Bookmarks)
        {
            if (timer.Kind == BookmarkKind.Timer && Array.IndexOf(owners, timer.ElementKey) >= 0
                && process.TryGetNode(timer.NodeId, out var node) && node.Kind == NodeKind.BoundaryEvent && node.Interrupting
                && (due is null || timer.DueAt < due))
            {
                due = timer.DueAt;
            }
        }

        if (due is not { } dueAt || dueAt <= now)
        {
            return (null, null, due);
        }

        var (blue, yellow) = Thresholds(process, task.NodeId);
        var span = dueAt - now;
        return (now + span * blue, now + span * yellow, dueAt);
    }

    private static (double Blue, double Yellow) Thresholds(ExecutableProcess process, string nodeId)
    {
        var text = process.TryGetNode(nodeId, out var node) && node.Properties.TryGetValue("warnAt", out var own) ? own
            : process.Root.Properties.TryGetValue("warnAt", out var inherited) ? inherited : null;
        var parts = text?.Split(',', StringSplitOptions.TrimEntries);
        return parts is { Length: 2 }
            && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var blue)
            && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var yellow)
            ? (blue, yellow)
            : (DefaultBlue, DefaultYellow);
    }
}
