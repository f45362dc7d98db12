using GovWorkflow.Domain.Calendar;
using GovWorkflow.Domain.Catalog;
using GovWorkflow.Domain.Errors;

namespace GovWorkflow.Domain.Bundles;

/// <summary>Loads a bundle file (<c>bundle.yaml</c>): the workflow, the catalog items and the chain's settings; the format is in <c>samples/README.md</c>.</summary>
public static class ServiceBundleLoader
{
    /// <summary>The bundle file's name inside a bundle folder.</summary>
    public const string FileName = "bundle.yaml";

    /// <summary>Loads <paramref name="path"/>: a bundle file, or a folder holding <see cref="FileName"/>. Paths in the file are relative to it.</summary>
    public static ServiceBundleLoadResult Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var file = Directory.Exists(path) ? Path.Combine(path, FileName) : path;
        var errors = new List<DomainError>();
        var text = YamlDocuments.ReadFile(file, errors);
        var top = text is null ? null : YamlDocuments.Open(text, file, errors);
        if (top is null)
        {
            return new ServiceBundleLoadResult(null, errors);
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(file))!;
        var code = top.ReadText("code");
        var name = top.ReadText("name");
        var workflow = top.ReadText("workflow");
        var process = top.ReadText("process");
        var catalogPath = top.ReadText("catalog");
        var promised = top.ReadWholeNumber("promisedLimit");
        var entries = top.ReadList("items", required: true) ?? [];
        var settings = new BundleSettings { CombinedLicence = top.ReadFlag("combinedLicence") ?? false, Handling = ReadHandling(top, errors) };
        settings = Period(top, "correctionDays", settings, (s, d) => s with { CorrectionPeriod = d });
        settings = Period(top, "tolerantDays", settings, (s, d) => s with { TolerantPeriod = d });
        settings = Period(top, "followUpDays", settings, (s, d) => s with { FollowUpPeriod = d });
        settings = Period(top, "postCheckDays", settings, (s, d) => s with { PostCheckPeriod = d });
        settings = settings with { Variables = top.ReadValues("variables") ?? [] };
        top.RejectUnknownFields();

        var workflowPath = workflow is null ? null : Path.GetFullPath(Path.Combine(folder, workflow));
        if (workflowPath is not null && !File.Exists(workflowPath))
        {
            errors.Add(new DomainError("bundle.workflow-missing", $"流程文件 {workflow} 不存在（{workflowPath}）：请检查 workflow 字段。", $"Workflow file {workflowPath} not found.", top.LocationOf("workflow")));
        }

        ItemCatalog? catalog = null;
        if (catalogPath is not null)
        {
            var loaded = ItemCatalogLoader.LoadDirectory(Path.GetFullPath(Path.Combine(folder, catalogPath)));
            errors.AddRange(loaded.Errors);
            catalog = loaded.Catalog;
        }

        var items = ReadItems(entries, catalog, errors);
        if (entries.Count == 0)
        {
            errors.Add(new DomainError("bundle.no-items", "一件事至少包含一个事项：请在 items 中列出事项。", "A bundle needs at least one item.", top.LocationOf("items")));
        }

        settings = CheckLimits(top, items, promised, settings, errors);
        if (errors.Count > 0 || code is null || name is null || process is null || workflowPath is null || promised is null)
        {
            return new ServiceBundleLoadResult(null, errors);
        }

        return new ServiceBundleLoadResult(new ServiceBundle(code, name, process, workflowPath, items, new WorkingDays(promised.Value), settings), []);
    }

    private static List<BundleItem> ReadItems(IReadOnlyList<YamlObject> entries, ItemCatalog? catalog, List<DomainError> errors)
    {
        var items = new List<BundleItem>();
        foreach (var entry in entries)
        {
            var itemCode = entry.ReadText("code");
            var variable = entry.ReadText("limitVariable");
            var licenseType = entry.ReadText("licenseType", required: false);
            var combined = entry.ReadFlag("combined") ?? true;
            entry.RejectUnknownFields();
            if (itemCode is null || variable is null || catalog is null)
            {
                continue;
            }

            if (catalog.TryGetItem(itemCode, out var item))
            {
                items.Add(new BundleItem(item, variable, licenseType ?? item.Code.ToLowerInvariant(), combined));
            }
            else
            {
                errors.Add(new DomainError("bundle.item-unknown", $"事项 {itemCode} 不在事项目录中：请先在目录中登记该事项，或改正编码。", $"Item {itemCode} is not in the catalog.", entry.LocationOf("code")));
            }
        }

        return items;
    }

    /// <summary>Checks the promise against the items' limits and fits the 容缺 period inside the promise.</summary>
    private static BundleSettings CheckLimits(YamlObject top, List<BundleItem> items, int? promised, BundleSettings settings, List<DomainError> errors)
    {
        var statutory = settings.Handling == Deadlines.HandlingMode.Joint ? Deadlines.DeadlinePolicy.JointStatutoryLimit.Value
            : items.Count == 0 ? 0 : items.Max(i => i.Item.Deadline.StatutoryLimit.Value);
        if (promised is { } limit && items.Count > 0 && (limit < 0 || limit > statutory))
        {
            errors.Add(new DomainError("bundle.promise-range", $"承诺时限 {limit} 个工作日无效：应在 0 到各事项最长法定时限 {statutory} 之间。", $"The promised limit {limit} must be between 0 and {statutory}.", top.LocationOf("promisedLimit")));
        }

        var tolerantGiven = top.Node.Children.Keys.Any(k => k is YamlDotNet.RepresentationModel.YamlScalarNode { Value: "tolerantDays" });
        if (!tolerantGiven && promised is > 0 && settings.TolerantPeriod.Value > promised)
        {
            // Unset, the 容缺 period is the default's or the promise's, whichever is shorter.
            settings = settings with { TolerantPeriod = new WorkingDays(promised.Value) };
        }

        if (promised is > 0 && settings.TolerantPeriod.Value > promised)
        {
            errors.Add(new DomainError("bundle.tolerant-after-promise", $"容缺补齐期限 tolerantDays（{settings.TolerantPeriod.Value}）不得超过承诺时限 {promised} 个工作日：材料须在承诺办结前补齐。", "tolerantDays must not exceed the promised limit.", top.LocationOf("tolerantDays")));
        }

        return settings;
    }

    private static Deadlines.HandlingMode ReadHandling(YamlObject top, List<DomainError> errors)
    {
        var handling = top.ReadText("handling", required: false);
        if (handling is not null and not "joint" and not "single")
        {
            errors.Add(new DomainError("bundle.handling-invalid", $"handling 为 {handling} 无效：应为 single（各事项并联，默认）或 joint（联合办理，第四十二条第二款）。", "handling is single or joint.", top.LocationOf("handling")));
        }

        return handling == "joint" ? Deadlines.HandlingMode.Joint : Deadlines.HandlingMode.SingleDepartment;
    }

    private static BundleSettings Period(YamlObject top, string key, BundleSettings settings, Func<BundleSettings, WorkingDays, BundleSettings> set)
    {
        var value = top.ReadWholeNumber(key, required: false);
        if (value is null)
        {
            return settings;
        }

        if (value < 0)
        {
            top.Context.Errors.Add(new DomainError("bundle.period-range", $"{key} 不能为负数。", $"{key} must not be negative.", top.LocationOf(key)));
            return settings;
        }

        return set(settings, new WorkingDays(value.Value));
    }
}
