using GovWorkflow.Domain.Calendar;
using GovWorkflow.Domain.Deadlines;

namespace GovWorkflow.Domain.Bundles;

/// <summary>一件事: several items bundled into one application and one workflow.</summary>
/// <remarks>
/// The case's own clock follows from the items and the law, never typed: handled item by item in parallel, its
/// statutory limit is the longest of the items' (+10 on extension, Art. 42 para. 1); handled jointly (统一办理、
/// 联合办理, Art. 42 para. 2) it is 45 working days (+15). An extension is allowed when any item allows one. Only
/// the promise (承诺时限) and the handling mode of the bundle are data.
/// </remarks>
public sealed class ServiceBundle
{
    /// <summary>Creates a bundle; load bundles with <see cref="ServiceBundleLoader"/>, which validates.</summary>
    public ServiceBundle(string code, string name, string processId, string workflowPath, IReadOnlyList<BundleItem> items, WorkingDays promisedLimit, BundleSettings settings)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(settings);
        Code = code;
        Name = name;
        ProcessId = processId;
        WorkflowPath = workflowPath;
        Items = items;
        Settings = settings;
        var joint = settings.Handling == HandlingMode.Joint;
        var statutory = joint ? DeadlinePolicy.JointStatutoryLimit.Value : items.Max(i => i.Item.Deadline.StatutoryLimit.Value);
        var policy = DeadlinePolicy.Create(
            promisedLimit.Value == 0 ? ItemKind.Immediate : ItemKind.Promised,
            new WorkingDays(statutory),
            promisedLimit,
            settings.Handling,
            items.Any(i => i.Item.Deadline.ExtensionAllowed),
            warnings: null,
            location: null);
        Policy = policy.Policy ?? throw new ArgumentException(string.Join("; ", policy.Errors), nameof(promisedLimit));
    }

    /// <summary>The bundle's code, e.g. <c>restaurant-opening</c>.</summary>
    public string Code { get; }

    /// <summary>The bundle's name, e.g. 开办餐饮店一件事.</summary>
    public string Name { get; }

    /// <summary>The workflow's process id.</summary>
    public string ProcessId { get; }

    /// <summary>The BPMN file, as a full path.</summary>
    public string WorkflowPath { get; }

    /// <summary>The items, in order.</summary>
    public IReadOnlyList<BundleItem> Items { get; }

    /// <summary>Periods and options of the chain.</summary>
    public BundleSettings Settings { get; }

    /// <summary>The case clock's limits.</summary>
    public DeadlinePolicy Policy { get; }

    /// <summary>The variables every case of the bundle starts with: each item's limit and the chain's periods; then the bundle's own.</summary>
    public IReadOnlyDictionary<string, object?> StartVariables()
    {
        var variables = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["correctionDays"] = (long)Settings.CorrectionPeriod.Value,
            ["followUpDays"] = (long)Settings.FollowUpPeriod.Value,
            ["postCheckDays"] = (long)Settings.PostCheckPeriod.Value,
            ["commitmentApproval"] = false,
        };
        // Items that share a variable (the inspections of a joint acceptance) get the longest of their limits.
        foreach (var item in Items)
        {
            variables[item.LimitVariable] = Math.Max((long)item.Limit, variables.TryGetValue(item.LimitVariable, out var other) && other is long known ? known : 0);
        }

        foreach (var (name, value) in Settings.Variables)
        {
            variables[name] = value;
        }

        return variables;
    }
}
