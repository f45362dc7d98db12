using GovWorkflow.Domain.Deadlines;

namespace GovWorkflow.Activities.Cases;

/// <summary>What every case activity uses: the store, the statutory clock and the bundles.</summary>
/// <param name="Store">Case files, timelines, licences and credit.</param>
/// <param name="Clock">The 行政许可法 clock over the PRC calendar.</param>
/// <param name="Bundles">The bundles.</param>
public sealed record CaseServices(ICaseStore Store, StatutoryClock Clock, BundleRegistry Bundles);
