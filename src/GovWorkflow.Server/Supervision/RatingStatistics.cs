namespace GovWorkflow.Server.Supervision;

/// <summary>好差评 statistics: rated cases per level of GB/T 39735 and the share of 差评.</summary>
/// <param name="Rated">Cases rated.</param>
/// <param name="Levels">Every level, best first, with its count (zero included).</param>
/// <param name="PoorShare">Share of 差评 (不满意 and 非常不满意), or null when nothing was rated.</param>
/// <param name="From">The period's first day (ISO), or null.</param>
/// <param name="To">The period's last day (ISO), or null.</param>
public sealed record RatingStatistics(int Rated, IReadOnlyList<RatingCount> Levels, double? PoorShare, string? From = null, string? To = null);
