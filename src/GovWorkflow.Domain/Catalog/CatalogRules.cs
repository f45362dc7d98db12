using GovWorkflow.Domain.Errors;

namespace GovWorkflow.Domain.Catalog;

/// <summary>The rules an item must meet within the catalog: unique codes, a known department, consistent materials.</summary>
/// <remarks>
/// Shared by the file loader and <see cref="ItemCatalog.Create"/> so that a catalog built in memory obeys
/// exactly the rules of a catalog read from files.
/// </remarks>
internal static class CatalogRules
{
    /// <summary>Checks what the types of <see cref="Department"/> cannot: a non-blank name.</summary>
    public static void CheckDepartment(Department department, EntrySource source, List<DomainError> errors)
    {
        if (string.IsNullOrWhiteSpace(department.Name))
        {
            errors.Add(CatalogErrors.FieldEmpty(source.At("name"), "name"));
        }
    }

    /// <summary>Checks codes, department references and each item's own rules.</summary>
    /// <param name="entries">The item entries in load order.</param>
    /// <param name="departments">The departments by code.</param>
    /// <param name="referencesComplete">False when some file could not be read, so an unknown department may be defined there.</param>
    /// <param name="errors">Receives the problems.</param>
    public static void CheckItems(IReadOnlyList<ItemEntry> entries, IReadOnlyDictionary<string, DepartmentEntry> departments, bool referencesComplete, List<DomainError> errors)
    {
        var byCode = new Dictionary<string, ItemEntry>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (entry.Code is { } code)
            {
                if (!CodeFormat.IsUpperKebab(code))
                {
                    errors.Add(CatalogErrors.CodeFormat(entry.Source.At("code"), "事项编码", "Item code", code, upper: true));
                }

                if (!byCode.TryAdd(code, entry))
                {
                    errors.Add(CatalogErrors.DuplicateCode(entry.Source.At("code"), "事项编码", "item code", code, byCode[code].Source.Describe()));
                }
            }

            if (referencesComplete && entry.DepartmentCode is { } department && !departments.ContainsKey(department))
            {
                errors.Add(CatalogErrors.UnknownDepartment(entry.Source.At("department"), "实施部门", "Department", department, Spelling.Nearest(department, departments.Keys)));
            }

            if (entry.Item is { } item)
            {
                CheckItem(item, entry.Source, errors);
            }
        }
    }

    private static void CheckItem(ServiceItem item, EntrySource source, List<DomainError> errors)
    {
        if (string.IsNullOrWhiteSpace(item.Name))
        {
            errors.Add(CatalogErrors.FieldEmpty(source.At("name"), "name"));
        }

        if (string.IsNullOrWhiteSpace(item.LegalBasis))
        {
            errors.Add(CatalogErrors.FieldEmpty(source.At("legalBasis"), "legalBasis"));
        }

        if (item.Materials.Count == 0)
        {
            errors.Add(CatalogErrors.NoMaterials(source.At("materials"), item.Code));
        }

        CheckMaterials(item.Materials, source, errors);

        var tolerable = item.Materials.Where(m => m.ToleratedWhenMissing).Select(m => m.Code).ToList();
        if (!item.TolerantAcceptanceAllowed && tolerable.Count > 0)
        {
            errors.Add(CatalogErrors.TolerableWithoutTolerantAcceptance(source.At("tolerantAcceptance"), item.Code, tolerable));
        }
        else if (item.TolerantAcceptanceAllowed && tolerable.Count == 0 && item.Materials.Count > 0)
        {
            errors.Add(CatalogErrors.TolerantAcceptanceWithoutTolerable(source.At("tolerantAcceptance"), item.Code));
        }
    }

    /// <summary>Checks the materials of one item: unique codes and each material's own rules.</summary>
    /// <remarks>Also called by the loader for an item that has other errors, so that a single pass reports these too.</remarks>
    public static void CheckMaterials(IReadOnlyList<MaterialRequirement> materials, EntrySource source, List<DomainError> errors)
    {
        var firstIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < materials.Count; i++)
        {
            var material = materials[i];
            if (!firstIndex.TryAdd(material.Code, i))
            {
                var firstPlace = source.At($"materials[{firstIndex[material.Code]}]").ToString();
                errors.Add(CatalogErrors.DuplicateCode(source.At($"materials[{i}].code"), "材料编码", "material code", material.Code, firstPlace));
            }

            CheckMaterial(material, source, $"materials[{i}]", errors);
        }
    }

    private static void CheckMaterial(MaterialRequirement material, EntrySource source, string path, List<DomainError> errors)
    {
        if (!CodeFormat.IsLowerKebab(material.Code))
        {
            errors.Add(CatalogErrors.CodeFormat(source.At(path + ".code"), "材料编码", "Material code", material.Code, upper: false));
        }

        if (string.IsNullOrWhiteSpace(material.Name))
        {
            errors.Add(CatalogErrors.FieldEmpty(source.At(path + ".name"), "name"));
        }

        if (material.Count <= 0)
        {
            errors.Add(CatalogErrors.FieldRange(
                source.At(path + ".count"),
                "count",
                material.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "份数应为正整数，例如 1。",
                "the number of copies must be a positive integer."));
        }

        if (material.ElectronicLicenseType is { } licence && !CodeFormat.IsLowerKebab(licence))
        {
            errors.Add(CatalogErrors.CodeFormat(source.At(path + ".electronicLicense"), "电子证照类型", "Electronic licence type", licence, upper: false));
        }

        if (material.Importance == MaterialImportance.Primary && material.ToleratedWhenMissing)
        {
            errors.Add(CatalogErrors.PrimaryTolerable(source.At(path + ".tolerable"), material));
        }
    }
}
