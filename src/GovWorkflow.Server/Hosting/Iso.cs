using NodaTime;
using NodaTime.Text;

namespace GovWorkflow.Server.Hosting;

/// <summary>Instants in the API: ISO 8601 in UTC (<c>2026-03-02T01:30:00Z</c>).</summary>
public static class Iso
{
    /// <summary>The text of an instant.</summary>
    public static string Format(Instant instant) => InstantPattern.ExtendedIso.Format(instant);
}
