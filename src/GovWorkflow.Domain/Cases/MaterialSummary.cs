namespace GovWorkflow.Domain.Cases;

/// <summary>What the materials of a case lack, counted the way the acceptance rules ask.</summary>
/// <param name="MissingPrimary">Primary materials missing or defective: the case cannot be accepted, not even under 容缺.</param>
/// <param name="MissingTolerable">Secondary materials missing that 容缺 tolerates.</param>
/// <param name="MissingOther">Secondary materials missing that 容缺 does not tolerate.</param>
/// <param name="Exempted">Materials covered by electronic licences (免提交).</param>
public sealed record MaterialSummary(int MissingPrimary, int MissingTolerable, int MissingOther, int Exempted)
{
    /// <summary>Counts the materials of a case.</summary>
    public static MaterialSummary Of(IEnumerable<CaseMaterial> materials)
    {
        ArgumentNullException.ThrowIfNull(materials);
        int primary = 0, tolerable = 0, other = 0, exempted = 0;
        foreach (var material in materials)
        {
            if (material.State == MaterialState.Exempted)
            {
                exempted++;
            }
            else if (material.IsLacking)
            {
                if (material.Importance == Catalog.MaterialImportance.Primary)
                {
                    primary++;
                }
                else if (material.Tolerable && material.State == MaterialState.Missing)
                {
                    tolerable++;
                }
                else
                {
                    other++;
                }
            }
        }

        return new MaterialSummary(primary, tolerable, other, exempted);
    }

    /// <summary>Whether nothing is lacking.</summary>
    public bool IsComplete => MissingPrimary == 0 && MissingTolerable == 0 && MissingOther == 0;
}
