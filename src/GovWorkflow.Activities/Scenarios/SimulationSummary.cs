using System.Globalization;

namespace GovWorkflow.Activities.Scenarios;

/// <summary>What N simulated runs of a scenario show: the distribution of working days used and how often the limits break.</summary>
/// <param name="Cases">Every run.</param>
public sealed record SimulationSummary(IReadOnlyList<SimulatedCase> Cases)
{
    /// <summary>The median working days used (decided cases only).</summary>
    public double P50 => Percentile(0.50);

    /// <summary>The 95th percentile of working days used (decided cases only).</summary>
    public double P95 => Percentile(0.95);

    /// <summary>The share of runs that broke the promised limit.</summary>
    public double OverdueShare => Cases.Count == 0 ? 0 : (double)Cases.Count(c => c.Decided && c.PromiseBroken) / Cases.Count;

    /// <summary>The share of runs decided later than the promise as published (an extension does not excuse it here).</summary>
    public double OriginalPromiseBrokenShare => Cases.Count == 0 ? 0 : (double)Cases.Count(c => c.Decided && c.OriginalPromiseBroken) / Cases.Count;

    /// <summary>The share of runs that were extended.</summary>
    public double ExtendedShare => Cases.Count == 0 ? 0 : (double)Cases.Count(c => c.Extended) / Cases.Count;

    /// <summary>Scenario steps not done in all runs, because a run's case had already moved past them.</summary>
    public int SkippedSteps => Cases.Sum(c => c.SkippedSteps);

    /// <summary>The share of runs that broke the statutory limit.</summary>
    public double StatutoryOverdueShare => Cases.Count == 0 ? 0 : (double)Cases.Count(c => c.Decided && c.StatutoryBroken) / Cases.Count;

    /// <summary>Average warnings per run.</summary>
    public double AverageWarnings => Cases.Count == 0 ? 0 : Cases.Average(c => c.Warnings);

    /// <summary>Runs that ended without a decision.</summary>
    public int Undecided => Cases.Count(c => !c.Decided);

    /// <summary>How the runs ended, by outcome, most frequent first.</summary>
    public IReadOnlyList<(string Outcome, int Count)> Outcomes => [.. Cases.GroupBy(c => c.Outcome, StringComparer.Ordinal).Select(g => (g.Key, g.Count())).OrderByDescending(o => o.Item2).ThenBy(o => o.Key, StringComparer.Ordinal)];

    /// <summary>The nearest-rank percentile of working days used.</summary>
    public double Percentile(double p)
    {
        if (Cases.Count == 0)
        {
            return 0;
        }

        var sorted = Cases.Where(c => c.Decided).Select(c => c.WorkingDaysUsed).Order().ToList();
        if (sorted.Count == 0)
        {
            return 0;
        }

        var rank = (int)Math.Ceiling(p * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }

    /// <summary>A one-paragraph report in Chinese.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Cases.Count} 次运行：用时 p50 {P50:0} 个工作日，p95 {P95:0} 个工作日；超出公布的承诺时限 {OriginalPromiseBrokenShare:P1}（延期 {ExtendedShare:P1}，延期后仍超 {OverdueShare:P1}），超法定时限 {StatutoryOverdueShare:P1}；平均黄色预警 {AverageWarnings:0.##} 次；未作出决定 {Undecided} 件；结果：{string.Join("，", Outcomes.Select(o => $"{o.Outcome} {o.Count}"))}；因办件已提前结束而跳过的步骤 {SkippedSteps} 个。");
}
