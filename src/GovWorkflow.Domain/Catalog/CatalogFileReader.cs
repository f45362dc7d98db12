using GovWorkflow.Domain.Calendar;
using GovWorkflow.Domain.Deadlines;
using GovWorkflow.Domain.Errors;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace GovWorkflow.Domain.Catalog;

/// <summary>Reads the departments and items of one catalog file into entries, reporting every problem with its place.</summary>
/// <remarks>
/// An entry with a problem of its own is still returned, without its department or item, so that the
/// cross-entry checks (duplicate codes, unknown departments) can report their problems in the same pass.
/// </remarks>
internal static class CatalogFileReader
{
    /// <summary>Reads one file; returns false when the file is not valid YAML at all.</summary>
    public static bool Read(TextReader reader, string file, List<DepartmentEntry> departments, List<ItemEntry> items, List<DomainError> errors)
    {
        if (YamlDocuments.Load(reader, file, errors) is not { } stream)
        {
            return false;
        }

        foreach (var document in stream.Documents)
        {
            ReadDocument(document.RootNode, new CatalogDocumentContext(file, errors), departments, items);
        }

        return true;
    }

    private static void ReadDocument(YamlNode root, CatalogDocumentContext context, List<DepartmentEntry> departments, List<ItemEntry> items)
    {
        if (root is YamlScalarNode { Style: ScalarStyle.Plain, Value: "" or "~" or "null" })
        {
            return;
        }

        if (root is not YamlMappingNode mapping)
        {
            var actual = root is YamlSequenceNode ? ("列表", "a list") : ("文本", "text");
            context.Errors.Add(CatalogErrors.TopLevelShape(context.At(root, null), actual.Item1, actual.Item2));
            return;
        }

        var top = new YamlObject(mapping, string.Empty, context);
        foreach (var entry in top.ReadList("departments", required: false) ?? [])
        {
            departments.Add(ReadDepartment(entry));
        }

        foreach (var entry in top.ReadList("items", required: false) ?? [])
        {
            items.Add(ReadItem(entry));
        }

        top.RejectUnknownFields();
    }

    private static DepartmentEntry ReadDepartment(YamlObject entry)
    {
        var before = entry.ErrorCount;
        var code = entry.ReadText("code");
        var name = entry.ReadText("name");
        var level = entry.ReadEnum("level", CatalogVocabulary.Levels);
        var parent = entry.ReadText("parent", required: false);
        entry.RejectUnknownFields();
        var department = entry.ErrorCount == before ? new Department(code!, name!, level!.Value, parent) : null;
        return new DepartmentEntry(department, code, level, parent, entry.Context.Source(entry.Path));
    }

    private static ItemEntry ReadItem(YamlObject entry)
    {
        var before = entry.ErrorCount;
        var source = entry.Context.Source(entry.Path);
        var code = entry.ReadText("code");
        var name = entry.ReadText("name");
        var department = entry.ReadText("department");
        var legalBasis = entry.ReadText("legalBasis");
        var deadline = entry.ReadMapping("deadline", required: true) is { } deadlineNode ? ReadDeadline(deadlineNode, source) : null;
        var tolerant = entry.ReadFlag("tolerantAcceptance") ?? false;
        var commitment = entry.ReadFlag("commitmentApproval") ?? false;
        var materials = entry.ReadList("materials", required: true)?.Select(ReadMaterial).ToList();
        entry.RejectUnknownFields();

        if (entry.ErrorCount != before)
        {
            if (materials is not null && materials.TrueForAll(m => m is not null))
            {
                CatalogRules.CheckMaterials(materials!, source, entry.Context.Errors);
            }

            return new ItemEntry(null, code, department, source);
        }

        var item = new ServiceItem(code!, name!, department!, legalBasis!, deadline!, materials!.Select(m => m!), tolerant, commitment);
        return new ItemEntry(item, code, department, source);
    }

    private static DeadlinePolicy? ReadDeadline(YamlObject deadline, EntrySource source)
    {
        var before = deadline.ErrorCount;
        var kind = deadline.ReadEnum("kind", CatalogVocabulary.Kinds);
        var statutory = deadline.ReadWholeNumber("statutoryLimit");
        var promised = deadline.ReadWholeNumber("promisedLimit", required: kind == ItemKind.Promised);
        var handling = deadline.ReadEnum("handling", CatalogVocabulary.Handling, required: false) ?? HandlingMode.SingleDepartment;
        var extension = deadline.ReadFlag("extensionAllowed") ?? true;
        var warnings = deadline.ReadMapping("warnings", required: false) is { } warningsNode ? ReadWarnings(warningsNode) : null;
        deadline.RejectUnknownFields();
        if (deadline.ErrorCount != before)
        {
            return null;
        }

        var result = DeadlinePolicy.Create(kind!.Value, new WorkingDays(statutory!.Value), new WorkingDays(promised ?? 0), handling, extension, warnings, location: null);
        foreach (var error in result.Errors)
        {
            var field = error.Location?.Field is "blue" or "yellow" ? "warnings." + error.Location.Field : error.Location?.Field;
            deadline.Context.Errors.Add(error with { Location = source.At("deadline." + field) });
        }

        return result.Policy;
    }

    private static WarningThresholds? ReadWarnings(YamlObject warnings)
    {
        var blue = warnings.ReadFraction("blue");
        var yellow = warnings.ReadFraction("yellow");
        warnings.RejectUnknownFields();
        return blue is { } b && yellow is { } y ? new WarningThresholds(b, y) : null;
    }

    private static MaterialRequirement? ReadMaterial(YamlObject material)
    {
        var before = material.ErrorCount;
        var code = material.ReadText("code");
        var name = material.ReadText("name");
        var importance = material.ReadEnum("importance", CatalogVocabulary.Importance);
        var form = material.ReadEnum("form", CatalogVocabulary.Forms);
        var count = material.ReadWholeNumber("count", required: false) ?? 1;
        var tolerable = material.ReadFlag("tolerable") ?? false;
        var licence = material.ReadText("electronicLicense", required: false);
        material.RejectUnknownFields();
        return material.ErrorCount == before
            ? new MaterialRequirement(code!, name!, importance!.Value, form!.Value, count, tolerable, licence)
            : null;
    }
}
