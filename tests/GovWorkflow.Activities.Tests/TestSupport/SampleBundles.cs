using GovWorkflow.Activities.Samples;
using GovWorkflow.Domain.Calendar;
using GovWorkflow.Domain.Deadlines;

namespace GovWorkflow.Activities.Tests.TestSupport;

/// <summary>The repository's sample bundles, scenarios and the built-in calendar.</summary>
internal static class SampleBundles
{
    public static readonly StatutoryClock Clock = new(HolidayCalendarLoader.LoadBuiltIn(), new DeadlineOptions());

    public static string BundlesFolder => Path.Combine(RepositoryPaths.Root, "samples", "bundles");

    public static SampleSet Load(string bundle)
    {
        var (samples, errors) = SampleSet.Load(Path.Combine(BundlesFolder, bundle));
        Assert.True(samples is not null, string.Join('\n', errors));
        return samples;
    }

    public static string ScenarioPath(string bundle, string scenario) => Path.Combine(BundlesFolder, bundle, "scenarios", scenario + ".yaml");

    /// <summary>Every sample scenario as (bundle, scenario name).</summary>
    public static TheoryData<string, string> AllScenarios()
    {
        var data = new TheoryData<string, string>();
        foreach (var bundle in Directory.GetDirectories(BundlesFolder).Order(StringComparer.Ordinal))
        {
            foreach (var file in Directory.GetFiles(Path.Combine(bundle, "scenarios"), "*.yaml").Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetFileName(bundle), Path.GetFileNameWithoutExtension(file));
            }
        }

        return data;
    }
}
