namespace GovWorkflow.Domain.Catalog;

/// <summary>申请材料: one document an item requires, as the service guide lists it.</summary>
/// <remarks>
/// <see cref="ElectronicLicenseType"/> names the licence in the government's licence registry that makes the
/// document unnecessary (免提交) when the applicant already holds one; the window must not ask for it again.
/// A catalog refuses a primary material marked <see cref="ToleratedWhenMissing"/>: 容缺 covers secondary materials only.
/// </remarks>
/// <param name="Code">Code unique within the item, lower-case with hyphens, e.g. <c>application-form</c>.</param>
/// <param name="Name">Chinese name as printed in the service guide.</param>
/// <param name="Importance">Primary (主要) or secondary (次要).</param>
/// <param name="Form">Original, copy or electronic.</param>
/// <param name="Count">Number of copies required; positive.</param>
/// <param name="ToleratedWhenMissing">Whether the item may be accepted without it under 容缺受理.</param>
/// <param name="ElectronicLicenseType">Licence type that replaces it, e.g. <c>business-licence</c>, or null.</param>
public sealed record MaterialRequirement(
    string Code,
    string Name,
    MaterialImportance Importance,
    MaterialForm Form,
    int Count = 1,
    bool ToleratedWhenMissing = false,
    string? ElectronicLicenseType = null);
