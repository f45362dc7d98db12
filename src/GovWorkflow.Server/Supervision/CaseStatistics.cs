using GovWorkflow.Domain.Bundles;
using GovWorkflow.Domain.Cases;
using GovWorkflow.Domain.Deadlines;
using NodaTime;

namespace GovWorkflow.Server.Supervision;

/// <summary>Computes the supervision figures from case files, on the statutory clock (working days, never calendar days).</summary>
public static class CaseStatistics
{
    /// <summary>The figures of <paramref name="bundle"/> over its cases among <paramref name="cases"/> decided in <paramref name="period"/> (default: ever).</summary>
    public static ItemStatistics ForBundle(ServiceBundle bundle, IEnumerable<CaseFile> cases, StatutoryClock clock, Instant now, StatisticsPeriod? period = null)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        ArgumentNullException.ThrowIfNull(cases);
        period ??= StatisticsPeriod.All;
        var statutory = bundle.Policy.StatutoryLimit.Value;
        var decided = cases
            .Where(c => string.Equals(c.BundleCode, bundle.Code, StringComparison.Ordinal) && c.Decision is not null && period.Contains(c.Decision.DecidedOn))
            .Select(c => CaseClock.At(c, bundle.Policy, clock, now))
            .Where(s => s.State != ClockState.NotStarted)
            .ToList();
        double? average = decided.Count == 0 ? null : Math.Round(decided.Average(s => s.Used), 2);
        double? compression = average is { } used && statutory > 0 ? Math.Round(1 - (used / statutory), 4) : null;
        double? onTime = decided.Count == 0 ? null : Math.Round(decided.Count(s => s.Used <= s.PromisedLimit) / (double)decided.Count, 4);
        return new ItemStatistics(
            bundle.Code,
            bundle.Name,
            [.. bundle.Items.Select(i => i.Item.Code)],
            [.. bundle.Items.Select(i => i.Item.DepartmentCode).Distinct(StringComparer.Ordinal)],
            decided.Count,
            statutory,
            bundle.Policy.PromisedLimit.Value,
            average,
            compression,
            onTime);
    }

    /// <summary>The rating figures over the cases among <paramref name="cases"/> rated in <paramref name="period"/> (default: ever).</summary>
    /// <remarks>A file rated before the rating day was recorded counts on its delivery day, the day the rating task opens.</remarks>
    public static RatingStatistics Ratings(IEnumerable<CaseFile> cases, StatisticsPeriod? period = null)
    {
        ArgumentNullException.ThrowIfNull(cases);
        period ??= StatisticsPeriod.All;
        var ratings = cases.Where(c => c.Rating is not null && period.Contains(c.RatedOn ?? c.DeliveredOn)).Select(c => c.Rating!.Value).ToList();
        var levels = Enum.GetValues<Rating>().OrderDescending()
            .Select(r => new RatingCount((int)r, RatingScale.ChineseName(r), RatingScale.IsPoor(r), ratings.Count(x => x == r)))
            .ToList();
        double? poor = ratings.Count == 0 ? null : Math.Round(ratings.Count(RatingScale.IsPoor) / (double)ratings.Count, 4);
        return new RatingStatistics(ratings.Count, levels, poor, StatisticsPeriod.Format(period.From), StatisticsPeriod.Format(period.To));
    }
}
