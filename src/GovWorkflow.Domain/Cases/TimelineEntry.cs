using NodaTime;

namespace GovWorkflow.Domain.Cases;

/// <summary>One line of a case's timeline: what happened, by whom, when, and where the statutory clock stood.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="At">When.</param>
/// <param name="Actor">Who: a user id, or <c>system</c>.</param>
/// <param name="Action">A stable code, e.g. <c>case.receive</c>.</param>
/// <param name="Text">What happened, in Chinese.</param>
/// <param name="Clock">The clock at that moment.</param>
public sealed record TimelineEntry(string CaseId, Instant At, string Actor, string Action, string Text, ClockSnapshot Clock);
