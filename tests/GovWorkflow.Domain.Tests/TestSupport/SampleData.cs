using GovWorkflow.Domain.Catalog;

namespace GovWorkflow.Domain.Tests.TestSupport;

/// <summary>The shipped <c>samples/</c> files, found on disk so that a new sample is tested without touching the tests.</summary>
internal static class SampleData
{
    private static readonly Lazy<ItemCatalog> LoadedCatalog = new(() =>
    {
        var result = ItemCatalogLoader.LoadDirectory(CatalogFolder);
        Assert.True(result.Errors.Count == 0, string.Join(Environment.NewLine, result.Errors));
        return result.Catalog!;
    });

    public static string CatalogFolder => Path.Combine(RepositoryPaths.Samples, "catalog");

    public static string PeopleFile => Path.Combine(RepositoryPaths.Samples, "people.yaml");

    public static string LicensesFile => Path.Combine(RepositoryPaths.Samples, "licenses.yaml");

    /// <summary>The sample catalog, loaded once.</summary>
    public static ItemCatalog Catalog => LoadedCatalog.Value;

    /// <summary>Every <c>samples/bundles/*/bundle.yaml</c>, sorted.</summary>
    public static IReadOnlyList<string> BundleFiles =>
        [.. Directory.GetDirectories(Path.Combine(RepositoryPaths.Samples, "bundles"))
            .Select(d => Path.Combine(d, "bundle.yaml"))
            .Where(File.Exists)
            .Order(StringComparer.Ordinal)];

    /// <summary>Every <c>samples/bundles/*/scenarios/*.yaml</c>, sorted.</summary>
    public static IReadOnlyList<string> ScenarioFiles =>
        [.. Directory.GetDirectories(Path.Combine(RepositoryPaths.Samples, "bundles"))
            .Select(d => Path.Combine(d, "scenarios"))
            .Where(Directory.Exists)
            .SelectMany(d => Directory.GetFiles(d, "*.yaml"))
            .Order(StringComparer.Ordinal)];

    /// <summary>The folder of one sample bundle.</summary>
    public static string Bundle(string code) => Path.Combine(RepositoryPaths.Samples, "bundles", code);

    /// <summary>One sample scenario file.</summary>
    public static string Scenario(string bundle, string name) => Path.Combine(Bundle(bundle), "scenarios", name + ".yaml");
}
