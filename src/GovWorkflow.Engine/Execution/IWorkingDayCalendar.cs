using NodaTime;

namespace GovWorkflow.Engine.Execution;

/// <summary>Resolves <c>gov:workingDays</c> timers; the host implements it with the business calendar.</summary>
/// <remarks>The engine knows nothing of holidays: which days count and at what hour a day ends is the host's rule.</remarks>
public interface IWorkingDayCalendar
{
    /// <summary>The instant a timer of <paramref name="workingDays"/> working days, started at <paramref name="from"/>, is due.</summary>
    Instant AddWorkingDays(Instant from, int workingDays);
}
