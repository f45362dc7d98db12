using GovWorkflow.Domain.Bundles;
using GovWorkflow.Domain.Catalog;
using GovWorkflow.Domain.Errors;
using GovWorkflow.Domain.Licensing;
using GovWorkflow.Domain.People;

namespace GovWorkflow.Activities.Samples;

/// <summary>A bundle with the people and electronic licences of its samples folder (the nearest folder above it holding <c>people.yaml</c>).</summary>
/// <param name="Bundle">The bundle.</param>
/// <param name="People">The demo users.</param>
/// <param name="Licenses">The electronic licence samples.</param>
/// <param name="Root">The samples folder.</param>
public sealed record SampleSet(ServiceBundle Bundle, PeopleDirectory People, IReadOnlyList<ElectronicLicense> Licenses, string Root)
{
    /// <summary>The people file's name.</summary>
    public const string PeopleFile = "people.yaml";

    /// <summary>The licences file's name.</summary>
    public const string LicensesFile = "licenses.yaml";

    /// <summary>Loads the bundle at <paramref name="bundlePath"/> (a folder or its bundle.yaml) and its samples; every problem is returned.</summary>
    public static (SampleSet? Samples, IReadOnlyList<DomainError> Errors) Load(string bundlePath)
    {
        ArgumentNullException.ThrowIfNull(bundlePath);
        var loaded = ServiceBundleLoader.Load(bundlePath);
        if (loaded.Bundle is not { } bundle)
        {
            return (null, loaded.Errors);
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(Directory.Exists(bundlePath) ? Path.Combine(bundlePath, ServiceBundleLoader.FileName) : bundlePath));
        while (folder is not null && !File.Exists(Path.Combine(folder, PeopleFile)))
        {
            folder = Path.GetDirectoryName(folder);
        }

        if (folder is null)
        {
            return (null, [new DomainError("samples.people-missing", $"在 {bundlePath} 及其上级目录中找不到 {PeopleFile}（示例用户）。", $"No {PeopleFile} above {bundlePath}.")]);
        }

        var catalog = ItemCatalogLoader.LoadDirectory(Path.Combine(folder, "catalog"));
        if (catalog.Catalog is null)
        {
            return (null, catalog.Errors);
        }

        var (people, peopleErrors) = PeopleLoader.Load(Path.Combine(folder, PeopleFile), catalog.Catalog);
        var licensesPath = Path.Combine(folder, LicensesFile);
        var (licenses, licenseErrors) = File.Exists(licensesPath) ? LicenseFileLoader.Load(licensesPath) : ([], []);
        var errors = peopleErrors.Concat(licenseErrors).ToList();
        return errors.Count > 0 || people is null ? (null, errors) : (new SampleSet(bundle, people, licenses, folder), []);
    }
}
