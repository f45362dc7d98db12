using GovWorkflow.Domain.Catalog;
using GovWorkflow.Domain.Licensing;

namespace GovWorkflow.Domain.Cases;

/// <summary>收件 and later rounds of materials: what each material of the case is.</summary>
public static class MaterialIntake
{
    /// <summary>The licence number shown for a material that another item of the same bundle issues.</summary>
    public const string BundleIssued = "本件核发";

    /// <summary>The materials of a new case.</summary>
    /// <param name="items">The bundle's items, in order.</param>
    /// <param name="submitted">Keys handed in: <c>ITEM/code</c>, or a bare <c>code</c> for every item that requires it.</param>
    /// <param name="held">The applicant's valid electronic licences: a material one covers is 免提交, whether handed in or not.</param>
    /// <param name="issuedInBundle">Licence types an item of the same bundle issues: shared inside the 一件事, never asked for.</param>
    public static IReadOnlyList<CaseMaterial> Assess(IEnumerable<ServiceItem> items, IReadOnlyCollection<string> submitted, IEnumerable<ElectronicLicense> held, IReadOnlyCollection<string> issuedInBundle)
    {
        ArgumentNullException.ThrowIfNull(issuedInBundle);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(submitted);
        ArgumentNullException.ThrowIfNull(held);
        var licences = held.GroupBy(l => l.Type, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var keys = submitted.ToHashSet(StringComparer.Ordinal);
        var result = new List<CaseMaterial>();
        foreach (var item in items)
        {
            foreach (var requirement in item.Materials)
            {
                var state = MaterialState.Missing;
                string? licence = null;
                if (requirement.ElectronicLicenseType is { } type && licences.TryGetValue(type, out var covering))
                {
                    state = MaterialState.Exempted;
                    licence = covering.Number;
                }
                else if (requirement.ElectronicLicenseType is { } shared && issuedInBundle.Contains(shared, StringComparer.Ordinal))
                {
                    state = MaterialState.Exempted;
                    licence = BundleIssued;
                }
                else if (keys.Contains(item.Code + "/" + requirement.Code) || keys.Contains(requirement.Code))
                {
                    state = MaterialState.Submitted;
                }

                result.Add(new CaseMaterial(item.Code, requirement.Code, requirement.Name, requirement.Importance, requirement.ToleratedWhenMissing, state, licence));
            }
        }

        return result;
    }

    /// <summary>Keys of submitted or bare-coded materials that no item of the case requires: a typing error worth refusing.</summary>
    public static IReadOnlyList<string> Unknown(IReadOnlyList<CaseMaterial> materials, IEnumerable<string> keys)
    {
        ArgumentNullException.ThrowIfNull(materials);
        ArgumentNullException.ThrowIfNull(keys);
        return [.. keys.Where(k => !materials.Any(m => m.Key == k || m.Code == k))];
    }

    /// <summary>Marks handed-in materials defective (from the window's check); unknown keys are ignored by the caller's validation.</summary>
    public static IReadOnlyList<CaseMaterial> MarkDefective(IReadOnlyList<CaseMaterial> materials, IReadOnlyDictionary<string, string> problems)
    {
        ArgumentNullException.ThrowIfNull(materials);
        ArgumentNullException.ThrowIfNull(problems);
        return [.. materials.Select(m => Problem(problems, m) is { } problem && m.State == MaterialState.Submitted
            ? m with { State = MaterialState.Defective, Problem = problem }
            : m)];
    }

    /// <summary>A new round of materials: the given keys are now handed in (补正), or supplied after 容缺 when <paramref name="supplied"/>.</summary>
    public static IReadOnlyList<CaseMaterial> Receive(IReadOnlyList<CaseMaterial> materials, IReadOnlyCollection<string> keys, bool supplied)
    {
        ArgumentNullException.ThrowIfNull(materials);
        ArgumentNullException.ThrowIfNull(keys);
        return [.. materials.Select(m => m.IsLacking && (keys.Contains(m.Key, StringComparer.Ordinal) || keys.Contains(m.Code, StringComparer.Ordinal))
            ? m with { State = supplied ? MaterialState.Supplied : MaterialState.Submitted, Problem = null }
            : m)];
    }

    private static string? Problem(IReadOnlyDictionary<string, string> problems, CaseMaterial material) =>
        problems.TryGetValue(material.Key, out var problem) || problems.TryGetValue(material.Code, out problem) ? problem : null;
}
