using GovWorkflow.Domain.Bundles;

namespace GovWorkflow.Activities.Cases;

/// <summary>The bundles the activities serve, by code.</summary>
public sealed class BundleRegistry
{
    private readonly Dictionary<string, ServiceBundle> bundles;

    /// <summary>Creates the registry.</summary>
    public BundleRegistry(IEnumerable<ServiceBundle> bundles)
    {
        ArgumentNullException.ThrowIfNull(bundles);
        this.bundles = bundles.ToDictionary(b => b.Code, StringComparer.Ordinal);
    }

    /// <summary>Every bundle.</summary>
    public IReadOnlyCollection<ServiceBundle> All => bundles.Values;

    /// <summary>The bundle with this code; an unknown code is a configuration error, not a person's.</summary>
    public ServiceBundle Get(string code) =>
        bundles.TryGetValue(code, out var bundle) ? bundle : throw new InvalidOperationException($"一件事 {code} 未加载：请在启动时加载它的 bundle.yaml。");
}
