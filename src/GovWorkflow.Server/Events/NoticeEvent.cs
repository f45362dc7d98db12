namespace GovWorkflow.Server.Events;

/// <summary>A notification for the user (an outbox row addressed to them): a task transferred, delegated, urged, copied, a signature asked…</summary>
/// <param name="Id">The outbox row id; increasing.</param>
/// <param name="Kind">What happened: <c>task.transferred</c>, <c>task.urged</c>, <c>task.sign-requested</c>, <c>instance.suspended</c>…</param>
/// <param name="CaseId">The instance concerned.</param>
/// <param name="TaskId">The task concerned, or null.</param>
/// <param name="TaskName">Its name, or null.</param>
/// <param name="From">Who did it.</param>
/// <param name="Comment">What they wrote, or null.</param>
/// <param name="At">When (ISO 8601, UTC).</param>
public sealed record NoticeEvent(long Id, string Kind, string? CaseId, long? TaskId, string? TaskName, string? From, string? Comment, string At)
{
    /// <summary>The SSE event name of notifications.</summary>
    public const string EventName = "notice";
}
