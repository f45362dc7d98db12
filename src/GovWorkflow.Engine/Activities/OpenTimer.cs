using GovWorkflow.Engine.Execution;
using NodaTime;

namespace GovWorkflow.Engine.Activities;

/// <summary>An open timer of an instance, as a handler sees it: which event waits, on what, and until when.</summary>
/// <remarks>A handler moves one by returning a <see cref="TimerMove"/> with its <see cref="BookmarkKey"/>.</remarks>
/// <param name="BookmarkKey">The timer's bookmark key; a move replaces it with a new key.</param>
/// <param name="NodeId">The timer event's id.</param>
/// <param name="AttachedTo">For a boundary timer, the id of the activity it sits on; otherwise null.</param>
/// <param name="Interrupting">Whether firing cancels what it sits on: an interrupting boundary timer (a task's SLA) or an interrupting event-subprocess start; false for catch events.</param>
/// <param name="DueAt">When it is due.</param>
public sealed record OpenTimer(long BookmarkKey, string NodeId, string? AttachedTo, bool Interrupting, Instant DueAt)
{
    /// <summary>The open timers of an instance of <paramref name="process"/>, in creation order.</summary>
    /// <exception cref="ArgumentException">The state names a node the process does not have (a state of another definition version).</exception>
    public static IReadOnlyList<OpenTimer> Of(ExecutableProcess process, InstanceState state)
    {
        ArgumentNullException.ThrowIfNull(process);
        ArgumentNullException.ThrowIfNull(state);
        var timers = new List<OpenTimer>();
        foreach (var bookmark in state.Bookmarks)
        {
            if (bookmark is not { Kind: BookmarkKind.Timer, DueAt: { } due })
            {
                continue;
            }

            if (!process.TryGetNode(bookmark.NodeId, out var node))
            {
                throw new ArgumentException($"The state of {state.InstanceId} names timer {bookmark.NodeId}, which process {process.Id} does not have.", nameof(state));
            }

            var attachedTo = node.Kind == NodeKind.BoundaryEvent ? process.Nodes[node.AttachedTo].Id : null;
            var interrupting = node.Kind is NodeKind.BoundaryEvent or NodeKind.StartEvent && node.Interrupting;
            timers.Add(new OpenTimer(bookmark.Key, bookmark.NodeId, attachedTo, interrupting, due));
        }

        return timers;
    }
}
