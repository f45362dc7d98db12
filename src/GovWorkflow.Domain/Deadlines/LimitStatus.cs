using GovWorkflow.Domain.Calendar;
using NodaTime;

namespace GovWorkflow.Domain.Deadlines;

/// <summary>The state of one limit (statutory or promised) of a running case at one instant.</summary>
/// <param name="Limit">The limit in working days, including an approved extension.</param>
/// <param name="DueDate">The last working day of the limit, after suspensions.</param>
/// <param name="DueInstant">The end of <paramref name="DueDate"/> (office-hours end, or midnight).</param>
/// <param name="Used">Counted working days from the day after acceptance through today.</param>
/// <param name="Remaining">Limit minus used; negative when the limit is exceeded.</param>
/// <param name="ElapsedFraction">Used divided by limit; 1 for a zero limit once due.</param>
/// <param name="Level">The warning level at the instant of evaluation.</param>
/// <param name="BlueFrom">The first day at the blue level.</param>
/// <param name="YellowFrom">The first day at the yellow level.</param>
public sealed record LimitStatus(
    WorkingDays Limit,
    LocalDate DueDate,
    Instant DueInstant,
    WorkingDays Used,
    WorkingDays Remaining,
    double ElapsedFraction,
    WarningLevel Level,
    LocalDate BlueFrom,
    LocalDate YellowFrom);
