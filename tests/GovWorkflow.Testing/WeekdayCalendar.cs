using GovWorkflow.Engine.Execution;
using NodaTime;

namespace GovWorkflow.Testing;

/// <summary>Working days are Monday to Friday, due at the end of the last one in UTC: enough to see the engine call the calendar.</summary>
public sealed class WeekdayCalendar : IWorkingDayCalendar
{
    /// <inheritdoc />
    public Instant AddWorkingDays(Instant from, int workingDays)
    {
        var date = from.InUtc().Date;
        for (var added = 0; added < workingDays;)
        {
            date = date.PlusDays(1);
            if (date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday))
            {
                added++;
            }
        }

        return date.PlusDays(1).AtMidnight().InUtc().ToInstant();
    }
}
