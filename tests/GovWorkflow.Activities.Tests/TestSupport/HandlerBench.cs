using GovWorkflow.Activities.Cases;
using GovWorkflow.Domain.Calendar;
using GovWorkflow.Engine.Activities;
using GovWorkflow.Engine.Expressions;
using NodaTime;

namespace GovWorkflow.Activities.Tests.TestSupport;

/// <summary>Runs one activity handler on an in-memory store with the restaurant bundle, the way the worker would.</summary>
internal sealed class HandlerBench
{
    private long nextJob;

    public HandlerBench()
    {
        var samples = SampleBundles.Load("restaurant-opening");
        Store = new InMemoryCaseStore();
        Store.ImportLicensesAsync(samples.Licenses, CancellationToken.None).GetAwaiter().GetResult();
        Services = new CaseServices(Store, SampleBundles.Clock, new BundleRegistry([samples.Bundle]));
    }

    public InMemoryCaseStore Store { get; }

    public CaseServices Services { get; }

    public static Instant At(int month, int day, int hour = 10) => new LocalDateTime(2026, month, day, hour, 0).InZoneStrictly(BusinessCalendar.Zone).ToInstant();

    public IActivityHandler Handler(string type) => CaseActivities.All(Services).Single(h => h.ActivityType == type);

    public ActivityRequest Request(string type, Instant now, IReadOnlyDictionary<string, FeelValue>? variables = null, IReadOnlyDictionary<string, string>? properties = null, IReadOnlyList<OpenTimer>? timers = null, long? jobId = null) =>
        new(jobId ?? ++nextJob, "H-1", "node", type, variables ?? Vars.None, properties ?? new Dictionary<string, string>(StringComparer.Ordinal), timers ?? [], now);

    /// <summary>Receives case H-1 with the given materials handed in.</summary>
    public Task<ActivityResult> ReceiveAsync(Instant now, params string[] submitted) => Handler("ReceiveApplication").RunAsync(
        Request("ReceiveApplication", now, new Dictionary<string, FeelValue>(StringComparer.Ordinal)
        {
            ["bundle"] = FeelValue.String("restaurant-opening"),
            ["applicant"] = FeelValue.Context([new("id", FeelValue.String("91110101MA01C5XK3A")), new("name", FeelValue.String("示范市东城区好味餐饮有限公司"))]),
            ["submittedMaterials"] = FeelValue.List(submitted.Select(FeelValue.String)),
        }),
        CancellationToken.None);
}
