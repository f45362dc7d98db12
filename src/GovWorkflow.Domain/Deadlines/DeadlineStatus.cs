using GovWorkflow.Domain.Calendar;
using NodaTime;

namespace GovWorkflow.Domain.Deadlines;

/// <summary>Where a case stands against its limits at one instant.</summary>
/// <param name="AcceptedOn">The day of acceptance (not counted).</param>
/// <param name="EvaluatedAt">The instant of evaluation.</param>
/// <param name="Statutory">The statutory limit: passing it breaks the law.</param>
/// <param name="Promised">The promised limit: passing it breaks the service guide's promise.</param>
/// <param name="SuspendedWorkingDays">Working days excluded so far under Art. 45.</param>
/// <param name="IsSuspended">True when the clock is stopped today; due dates then assume it resumes tomorrow.</param>
public sealed record DeadlineStatus(
    LocalDate AcceptedOn,
    Instant EvaluatedAt,
    LimitStatus Statutory,
    LimitStatus Promised,
    WorkingDays SuspendedWorkingDays,
    bool IsSuspended)
{
    /// <summary>The level a supervisor sees: the promised limit's, which is never looser than the statutory one.</summary>
    public WarningLevel Level => Promised.Level > Statutory.Level ? Promised.Level : Statutory.Level;
}
