namespace GovWorkflow.Server.Supervision;

/// <summary>One page of the time-limit statistics per bundle, over a period.</summary>
/// <param name="From">The period's first day (ISO), or null.</param>
/// <param name="To">The period's last day (ISO), or null.</param>
/// <param name="Total">How many bundles are in scope, on every page.</param>
/// <param name="Page">This page, from 1.</param>
/// <param name="PageSize">Bundles per page.</param>
/// <param name="Items">This page's bundles, by code.</param>
public sealed record ItemStatisticsPage(string? From, string? To, int Total, int Page, int PageSize, IReadOnlyList<ItemStatistics> Items);
