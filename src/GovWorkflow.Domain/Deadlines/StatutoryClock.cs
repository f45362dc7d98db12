using GovWorkflow.Domain.Calendar;
using GovWorkflow.Domain.Errors;
using NodaTime;

namespace GovWorkflow.Domain.Deadlines;

/// <summary>The time rules of the Administrative Licensing Law (行政许可法) over the business calendar.</summary>
/// <remarks>
/// These rules are law, not options: only the warning thresholds and the end of the office day are
/// configurable (<see cref="DeadlineOptions"/>). Every period is counted in working days excluding statutory
/// holidays (Art. 82), and the day on which a period starts is not counted.
/// </remarks>
public sealed class StatutoryClock
{
    /// <summary>Art. 32: the correction notice (一次性告知) is due within 5 days of receipt.</summary>
    public static readonly WorkingDays CorrectionNoticePeriod = new(5);

    /// <summary>Art. 44: the licence is issued or delivered within 10 days of the decision.</summary>
    public static readonly WorkingDays DeliveryPeriod = new(10);

    private readonly BusinessCalendar calendar;
    private readonly DeadlineOptions options;

    /// <summary>Creates the clock; the options are validated here so that a bad setting fails at start-up.</summary>
    public StatutoryClock(BusinessCalendar calendar, DeadlineOptions options)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(options);
        var errors = options.Validate();
        if (errors.Count > 0)
        {
            throw new DomainException(errors);
        }

        this.calendar = calendar;
        this.options = options;
    }

    /// <summary>The calendar the clock counts on.</summary>
    public BusinessCalendar Calendar => calendar;

    /// <summary>The last day on which a correction notice may be issued for materials received on <paramref name="receivedOn"/>.</summary>
    /// <remarks>行政许可法 Art. 32 (4): 5 days, counted in working days (Art. 82), from the day after receipt.</remarks>
    public LocalDate CorrectionNoticeDeadline(LocalDate receivedOn) => calendar.AddWorkingDays(receivedOn, CorrectionNoticePeriod);

    /// <summary>The instant at which the correction-notice period of <paramref name="receivedOn"/> ends.</summary>
    public Instant CorrectionNoticeDeadlineInstant(LocalDate receivedOn) => EndOfDay(CorrectionNoticeDeadline(receivedOn));

    /// <summary>The deemed acceptance date under Art. 32, if the law already deems the application accepted.</summary>
    /// <remarks>
    /// 行政许可法 Art. 32 (4): "逾期不告知的，自收到申请材料之日起即为受理" — if no correction notice was issued within
    /// the period, the application counts as accepted on the day of receipt. Returns null while the period is
    /// still open, or when a notice was issued in time (acceptance then follows the corrected materials).
    /// </remarks>
    /// <param name="receivedOn">The day the materials were received.</param>
    /// <param name="noticeIssuedOn">The day the correction notice was issued, or null if none was.</param>
    /// <param name="now">The current instant.</param>
    public LocalDate? DeemedAcceptance(LocalDate receivedOn, LocalDate? noticeIssuedOn, Instant now)
    {
        var deadline = CorrectionNoticeDeadline(receivedOn);
        if (noticeIssuedOn is { } issued && issued <= deadline)
        {
            return null;
        }

        return now >= EndOfDay(deadline) ? receivedOn : null;
    }

    /// <summary>The last day for issuing and delivering the licence after a decision on <paramref name="decidedOn"/>.</summary>
    /// <remarks>行政许可法 Art. 44: 10 days from the decision, counted in working days (Art. 82).</remarks>
    public LocalDate DeliveryDeadline(LocalDate decidedOn) => calendar.AddWorkingDays(decidedOn, DeliveryPeriod);

    /// <summary>Evaluates both limits of a case at <paramref name="now"/>.</summary>
    /// <remarks>
    /// 行政许可法 Art. 42: the decision is due within the statutory limit (20 working days, 45 for joint handling,
    /// unless another law sets its own), extended by 10 (15 for joint handling) with the head's approval; the
    /// extension moves the promised limit by the same days. Art. 45: time for hearings, testing, inspection,
    /// appraisal and expert review is not counted: the clock is suspended, not restarted.
    /// </remarks>
    public DeadlineStatus Evaluate(DeadlineRequest request, Instant now)
    {
        ArgumentNullException.ThrowIfNull(request);
        var policy = request.Policy;
        if (request.ExtensionGranted && !policy.ExtensionAllowed)
        {
            throw new DomainException(new DomainError(
                "deadline.extension-not-allowed",
                "该事项依法不得延期：请撤销延期申请，或核对事项目录中的延期设置。",
                "This item may not be extended.",
                new SourceLocation(Field: "extension")));
        }

        var today = now.InZone(BusinessCalendar.Zone).Date;
        var timeline = new SuspensionTimeline(calendar, request.AcceptedOn, request.Suspensions, today);
        var extension = request.ExtensionGranted ? policy.ExtensionAllowance : WorkingDays.Zero;
        var thresholds = policy.Warnings ?? options.Warnings;
        var used = timeline.CountedThrough(today);

        return new DeadlineStatus(
            request.AcceptedOn,
            now,
            Limit(timeline, policy.StatutoryLimit + extension, used, thresholds, now),
            Limit(timeline, policy.PromisedLimit + extension, used, thresholds, now),
            new WorkingDays(timeline.SuspendedThrough(today)),
            timeline.IsSuspended(today));
    }

    /// <summary>The instant at which the working day <paramref name="date"/> ends for deadlines.</summary>
    public Instant EndOfDay(LocalDate date) => options.OfficeHoursEnd is { } end
        ? (date + end).InZoneLeniently(BusinessCalendar.Zone).ToInstant()
        : BusinessCalendar.Zone.AtStartOfDay(date.PlusDays(1)).ToInstant();

    private LimitStatus Limit(SuspensionTimeline timeline, WorkingDays limit, int used, WarningThresholds thresholds, Instant now)
    {
        var dueDate = timeline.CountedDay(limit.Value);
        var dueInstant = EndOfDay(dueDate);
        var fraction = limit.Value == 0 ? (used > 0 ? 1.0 : 0.0) : (double)used / limit.Value;
        var blueAt = UsedToReach(limit, thresholds.Blue);
        var yellowAt = UsedToReach(limit, thresholds.Yellow);
        var level = now >= dueInstant ? WarningLevel.Red
            : used >= yellowAt ? WarningLevel.Yellow
            : used >= blueAt ? WarningLevel.Blue
            : WarningLevel.Normal;
        return new LimitStatus(
            limit,
            dueDate,
            dueInstant,
            new WorkingDays(used),
            new WorkingDays(limit.Value - used),
            fraction,
            level,
            timeline.CountedDay(blueAt),
            timeline.CountedDay(yellowAt));
    }

    // Used days from which a threshold is reached; the epsilon keeps 20 x 0.8 at 16, not 17.
    private static int UsedToReach(WorkingDays limit, double fraction) => (int)Math.Ceiling((limit.Value * fraction) - 1e-9);
}
