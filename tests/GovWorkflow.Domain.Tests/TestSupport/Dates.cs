using NodaTime;
using NodaTime.Text;

namespace GovWorkflow.Domain.Tests.TestSupport;

internal static class Dates
{
    public static LocalDate D(string iso) => LocalDatePattern.Iso.Parse(iso).Value;

    /// <summary>An instant at the given Shanghai local time.</summary>
    public static Instant At(string isoDate, int hour = 9, int minute = 0) =>
        (D(isoDate) + new LocalTime(hour, minute)).InZoneStrictly(DateTimeZoneProviders.Tzdb["Asia/Shanghai"]).ToInstant();
}
