using GovWorkflow.Activities.Samples;
using GovWorkflow.Domain.Bundles;
using GovWorkflow.Domain.Catalog;
using GovWorkflow.Domain.Errors;
using GovWorkflow.Domain.Licensing;
using GovWorkflow.Domain.People;

namespace GovWorkflow.Server.Hosting;

/// <summary>What the server serves from the samples folder: the catalog (departments), the bundles, the demo people and licences.</summary>
/// <param name="Catalog">The item catalog with the department hierarchy.</param>
/// <param name="Bundles">Every bundle under <c>bundles/</c>.</param>
/// <param name="People">The demo users of <c>people.yaml</c>.</param>
/// <param name="Licenses">The sample electronic licences.</param>
public sealed record ServerSamples(ItemCatalog Catalog, IReadOnlyList<ServiceBundle> Bundles, PeopleDirectory People, IReadOnlyList<ElectronicLicense> Licenses)
{
    /// <summary>Loads the samples folder; every problem is thrown at once.</summary>
    /// <exception cref="DomainException">The folder or a file in it is wrong.</exception>
    public static ServerSamples Load(string folder)
    {
        var catalog = ItemCatalogLoader.LoadDirectory(Path.Combine(folder, "catalog"));
        if (catalog.Catalog is null)
        {
            throw new DomainException(catalog.Errors);
        }

        var bundlesFolder = Path.Combine(folder, "bundles");
        var sets = new List<SampleSet>();
        foreach (var bundle in Directory.EnumerateDirectories(bundlesFolder).Order(StringComparer.Ordinal))
        {
            var (samples, errors) = SampleSet.Load(bundle);
            if (samples is null)
            {
                throw new DomainException(errors);
            }

            sets.Add(samples);
        }

        if (sets.Count == 0)
        {
            throw new DomainException([new DomainError("server.samples-empty", $"示例目录 {bundlesFolder} 中没有一件事。", $"No bundles in {bundlesFolder}.")]);
        }

        return new ServerSamples(catalog.Catalog, [.. sets.Select(s => s.Bundle)], sets[0].People, sets[0].Licenses);
    }

    /// <summary>The configured samples folder, or the nearest <c>samples</c> folder above the working or application folder.</summary>
    public static string Locate(string? configured, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured, contentRoot);
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), contentRoot, AppContext.BaseDirectory })
        {
            for (var folder = start; folder is not null; folder = Path.GetDirectoryName(folder))
            {
                var candidate = Path.Combine(folder, "samples");
                if (File.Exists(Path.Combine(candidate, SampleSet.PeopleFile)))
                {
                    return candidate;
                }
            }
        }

        throw new DomainException([new DomainError("server.samples-missing", "找不到示例目录 samples（含 people.yaml）：请设置 Server:Samples。", "No samples folder: set Server:Samples.")]);
    }
}
