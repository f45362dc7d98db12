using NodaTime;

namespace GovWorkflow.Domain.Deadlines;

/// <summary>A stretch of days during which the statutory clock does not run (行政许可法 Art. 45).</summary>
/// <remarks>
/// Both ends are included. An interval with no <see cref="To"/> is still running: the clock treats it as
/// lasting through today, so the due date it reports moves until the interval is closed.
/// Intervals may touch or overlap (an expert review during a test); a day is excluded once.
/// </remarks>
/// <param name="From">First day not counted.</param>
/// <param name="To">Last day not counted, or null while the suspension lasts.</param>
/// <param name="Reason">The Art. 45 procedure.</param>
public sealed record SuspensionInterval(LocalDate From, LocalDate? To, SuspensionReason Reason);
