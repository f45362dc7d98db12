namespace GovWorkflow.Server.Events;

/// <summary>What one stream has seen: the tasks the user could complete and the level of each task in scope.</summary>
/// <remarks>The first poll only fills it, so a stream reports what happens after it opened; the inbox lists the rest.</remarks>
public sealed class EventCursor
{
    /// <summary>Whether the first poll ran.</summary>
    public bool Primed { get; set; }

    /// <summary>Tasks already reported or present at the start.</summary>
    public ISet<long> Known { get; } = new HashSet<long>();

    /// <summary>The last seen level of each task in scope.</summary>
    public IDictionary<long, string> Levels { get; } = new Dictionary<long, string>();

    /// <summary>Whether the end of the outbox was found: notifications are those written after the stream opened.</summary>
    public bool NoticesPrimed { get; set; }

    /// <summary>The last outbox row looked at for notifications.</summary>
    public long LastNotice { get; set; }
}
