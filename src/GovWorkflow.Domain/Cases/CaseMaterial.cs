using GovWorkflow.Domain.Catalog;

namespace GovWorkflow.Domain.Cases;

/// <summary>One material an item of the case requires, and its state.</summary>
/// <param name="ItemCode">The item that requires it.</param>
/// <param name="Code">The material's code within the item.</param>
/// <param name="Name">The material's name as the service guide prints it.</param>
/// <param name="Importance">Primary or secondary.</param>
/// <param name="Tolerable">Whether 容缺受理 may accept the case without it.</param>
/// <param name="State">Submitted, exempted, missing, defective or supplied.</param>
/// <param name="LicenseNumber">For an exempted material, the electronic licence that covers it.</param>
/// <param name="Problem">For a defective material, what is wrong with it.</param>
public sealed record CaseMaterial(
    string ItemCode,
    string Code,
    string Name,
    MaterialImportance Importance,
    bool Tolerable,
    MaterialState State,
    string? LicenseNumber = null,
    string? Problem = null)
{
    /// <summary>Whether the case still lacks it (missing or defective).</summary>
    public bool IsLacking => State is MaterialState.Missing or MaterialState.Defective;

    /// <summary>The key a scenario or a form uses: <c>ITEM/code</c>.</summary>
    public string Key => ItemCode + "/" + Code;
}
