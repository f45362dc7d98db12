using System.Globalization;
using NodaTime.Text;

namespace GovWorkflow.Engine.Validation;

/// <summary>ISO 8601 syntax of timer expressions, checked with NodaTime's patterns.</summary>
/// <remarks>
/// Durations as periods (<c>P3D</c>, <c>PT10M</c>, <c>P1DT2H</c>); dates with an explicit offset
/// (<c>2026-03-02T09:00:00+08:00</c> or <c>Z</c>) because a bare local time is ambiguous on a server; cycles as
/// <c>R[n]/duration</c> or <c>R[n]/start/duration</c>. Cron text is not accepted.
/// </remarks>
internal static class TimerSyntax
{
    public static bool IsDuration(string text)
    {
        if (text.Length < 2 || text[0] != 'P' || text.EndsWith('T') || text.Contains('-', StringComparison.Ordinal))
        {
            return false;
        }

        return PeriodPattern.NormalizingIso.Parse(text).Success;
    }

    public static bool IsDate(string text) => OffsetDateTimePattern.ExtendedIso.Parse(text).Success;

    public static bool IsCycle(string text)
    {
        var parts = text.Split('/');
        if (parts.Length is < 2 or > 3 || !IsRepetition(parts[0]))
        {
            return false;
        }

        return parts.Length == 2 ? IsDuration(parts[1]) : IsDate(parts[1]) && IsDuration(parts[2]);
    }

    public static bool IsWorkingDays(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out _);

    private static bool IsRepetition(string text) =>
        text.Length > 0 && text[0] == 'R' && (text.Length == 1 || int.TryParse(text.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out _));
}
