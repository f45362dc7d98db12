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

    /// <summary>The deadlines of the task waiting at <paramref name="taskBookmarkKey"/>, warnings measured from <paramref name="createdAt"/>.</summary>
    public static (Instant? Blue, Instant? Yellow, Instant? Due) For(ExecutableProcess process, InstanceState state, long taskBookmarkKey, string taskNodeId, Instant createdAt)
    {
        var bookmark = state.FindBookmark(taskBookmarkKey);
        if (bookmark is null)
        {
            return (null, null, null);
        }

        var element = state.FindElement(bookmark.ElementKey);
        var owners = element is null ? [bookmark.ElementKey] : new[] { element.Key, element.ParentKey };
        Instant? due = null;
        foreach (var timer in state.Bookmarks)
        {
            if (Array.IndexOf(owners, timer.ElementKey) >= 0 && IsDeadline(process, timer) && (due is null || timer.DueAt < due))
            {
                due = timer.DueAt;
            }
        }

        if (due is not { } dueAt || dueAt <= createdAt)
        {
            return (null, null, due);
        }

        var (blue, yellow) = Thresholds(process, taskNodeId);
        var span = dueAt - createdAt;
        return (createdAt + span * blue, createdAt + span * yellow, dueAt);
    }

    /// <summary>Whether a timer bookmark sets the deadline of the tasks of its element: an interrupting boundary timer.</summary>
    public static bool IsDeadline(ExecutableProcess process, Bookmark timer) =>
        timer.Kind == BookmarkKind.Timer && process.TryGetNode(timer.NodeId, out var node) && node.Kind == NodeKind.BoundaryEvent && node.Interrupting;

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
