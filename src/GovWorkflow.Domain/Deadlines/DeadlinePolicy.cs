using GovWorkflow.Domain.Calendar;
using GovWorkflow.Domain.Errors;

namespace GovWorkflow.Domain.Deadlines;

/// <summary>The time limits of one item: statutory and promised limits in working days, kind and extension.</summary>
/// <remarks>
/// The statutory limit is the law's (行政许可法 Art. 42: 20 working days, or 45 for joint handling,
/// unless another law or regulation sets its own); the promised limit is the service guide's, never longer.
/// The extension allowance is the law's too (+10, or +15 for joint handling) and applies only when the
/// item allows an extension at all. Build instances with <see cref="Create"/>, which validates.
/// </remarks>
public sealed record DeadlinePolicy
{
    /// <summary>行政许可法 Art. 42 para. 1: decision within 20 working days of acceptance.</summary>
    public static readonly WorkingDays SingleStatutoryLimit = new(20);

    /// <summary>行政许可法 Art. 42 para. 1: +10 working days with the approval of the head of the department.</summary>
    public static readonly WorkingDays SingleExtension = new(10);

    /// <summary>行政许可法 Art. 42 para. 2: unified, joint or centralised handling within 45 working days.</summary>
    public static readonly WorkingDays JointStatutoryLimit = new(45);

    /// <summary>行政许可法 Art. 42 para. 2: +15 working days with the approval of the head of the government.</summary>
    public static readonly WorkingDays JointExtension = new(15);

    private DeadlinePolicy(ItemKind kind, WorkingDays statutoryLimit, WorkingDays promisedLimit, HandlingMode handling, bool extensionAllowed, WarningThresholds? warnings)
    {
        Kind = kind;
        StatutoryLimit = statutoryLimit;
        PromisedLimit = promisedLimit;
        Handling = handling;
        ExtensionAllowed = extensionAllowed;
        Warnings = warnings;
    }

    /// <summary>即办件 or 承诺件.</summary>
    public ItemKind Kind { get; }

    /// <summary>法定时限: working days the law allows, counted from the day after acceptance.</summary>
    public WorkingDays StatutoryLimit { get; }

    /// <summary>承诺时限: working days the service guide promises; zero for an immediate item.</summary>
    public WorkingDays PromisedLimit { get; }

    /// <summary>Single department or joint handling (selects the Art. 42 extension).</summary>
    public HandlingMode Handling { get; }

    /// <summary>Whether the item may be extended at all (a special law may forbid it).</summary>
    public bool ExtensionAllowed { get; }

    /// <summary>The extension the law allows for this handling mode, or zero when the item allows none.</summary>
    public WorkingDays ExtensionAllowance => !ExtensionAllowed
        ? WorkingDays.Zero
        : Handling == HandlingMode.Joint ? JointExtension : SingleExtension;

    /// <summary>Warning thresholds of this item, or null to use the configured defaults.</summary>
    public WarningThresholds? Warnings { get; }

    /// <summary>The default policy of a promised item under Art. 42 with the given promised limit.</summary>
    public static DeadlinePolicy ForPromisedItem(WorkingDays promisedLimit, HandlingMode handling = HandlingMode.SingleDepartment) =>
        Create(
            ItemKind.Promised,
            handling == HandlingMode.Joint ? JointStatutoryLimit : SingleStatutoryLimit,
            promisedLimit,
            handling,
            extensionAllowed: true,
            warnings: null,
            location: null).Policy!;

    /// <summary>Validates the limits and builds a policy, or returns every problem found.</summary>
    /// <param name="kind">即办件 or 承诺件.</param>
    /// <param name="statutoryLimit">The law's limit in working days; positive.</param>
    /// <param name="promisedLimit">The promised limit; zero for an immediate item, otherwise positive and at most the statutory limit.</param>
    /// <param name="handling">Single or joint handling.</param>
    /// <param name="extensionAllowed">Whether the item may be extended.</param>
    /// <param name="warnings">Item-specific warning thresholds, or null for the defaults.</param>
    /// <param name="location">Where the values were read from, for the errors.</param>
    public static DeadlinePolicyResult Create(
        ItemKind kind,
        WorkingDays statutoryLimit,
        WorkingDays promisedLimit,
        HandlingMode handling,
        bool extensionAllowed,
        WarningThresholds? warnings,
        SourceLocation? location)
    {
        var errors = new List<DomainError>();
        if (statutoryLimit.Value <= 0)
        {
            errors.Add(Error(location, "statutoryLimit", "deadline.statutory-limit-range",
                $"法定时限 {statutoryLimit.Value} 无效：应为正整数个工作日（行政许可法第四十二条一般为 20 个工作日，联合办理 45 个工作日）。",
                $"Statutory limit {statutoryLimit.Value} is invalid: give a positive number of working days (Art. 42: 20, or 45 for joint handling)."));
        }

        if (kind == ItemKind.Immediate && promisedLimit.Value != 0)
        {
            errors.Add(Error(location, "promisedLimit", "deadline.immediate-promised-limit",
                $"即办件的承诺时限应为 0 个工作日，而不是 {promisedLimit.Value}；如需若干工作日办结，请将办件类型改为承诺件。",
                $"An immediate item has a promised limit of 0 working days, not {promisedLimit.Value}; make it a promised item if it takes days."));
        }

        if (kind == ItemKind.Promised && promisedLimit.Value <= 0)
        {
            errors.Add(Error(location, "promisedLimit", "deadline.promised-limit-range",
                $"承诺件的承诺时限 {promisedLimit.Value} 无效：应为正整数个工作日；当场办结的事项请设为即办件。",
                $"Promised limit {promisedLimit.Value} is invalid for a promised item: give a positive number of working days, or make it immediate."));
        }

        if (statutoryLimit.Value > 0 && promisedLimit > statutoryLimit)
        {
            errors.Add(Error(location, "promisedLimit", "deadline.promised-exceeds-statutory",
                $"承诺时限 {promisedLimit.Value} 个工作日超过法定时限 {statutoryLimit.Value} 个工作日：承诺时限不得长于法定时限。",
                $"Promised limit {promisedLimit.Value} exceeds the statutory limit {statutoryLimit.Value}: the promise may not be longer than the law."));
        }

        if (warnings is not null)
        {
            errors.AddRange(warnings.Validate(location is null ? null : location with { Field = "warnings" }));
        }

        return errors.Count > 0
            ? new DeadlinePolicyResult(null, errors)
            : new DeadlinePolicyResult(new DeadlinePolicy(kind, statutoryLimit, promisedLimit, handling, extensionAllowed, warnings), []);
    }

    private static DomainError Error(SourceLocation? location, string field, string code, string message, string englishMessage) =>
        new(code, message, englishMessage, location is null ? new SourceLocation(Field: field) : location with { Field = field });
}
