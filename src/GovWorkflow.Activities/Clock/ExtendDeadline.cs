using GovWorkflow.Activities.Cases;
using GovWorkflow.Engine.Activities;
using GovWorkflow.Engine.Expressions;

namespace GovWorkflow.Activities.Clock;

/// <summary>
/// 延期 (行政许可法 Art. 42): with the head's approval (<c>extensionApproved</c>), the time limit grows by the law's
/// allowance (+10 working days, +15 for joint handling) and the SLA timers of the task named by <c>gov:extends</c>
/// (its warning and overdue timers) move by the same working days.
/// </summary>
/// <remarks>Outputs <c>extendedBy</c> (0 when refused or not allowed).</remarks>
public sealed class ExtendDeadline(CaseServices services) : CaseActivity(services)
{
    /// <inheritdoc />
    public override string ActivityType => "ExtendDeadline";

    /// <inheritdoc />
    protected override Task<CaseStep> ExecuteAsync(CaseActivityContext context, CancellationToken cancellationToken)
    {
        var file = context.File;
        if (!context.Flag("extensionApproved"))
        {
            return Task.FromResult(new CaseStep(file, "延期申请未获负责人批准，时限不变。", Results.Of(("extendedBy", FeelValue.Number(0)))));
        }

        if (file.ExtensionGranted)
        {
            return Task.FromResult(new CaseStep(file, "本件已经延期一次，行政许可法第四十二条只允许延期一次，时限不变。", Results.Of(("extendedBy", FeelValue.Number(0)))));
        }

        if (file.Decision is not null || file.StoppedOn is not null)
        {
            return Task.FromResult(new CaseStep(file, "本件已作出决定或已终止，无需延期。", Results.Of(("extendedBy", FeelValue.Number(0)))));
        }

        // One allowance for the case clock and the task's timers: the bundle's (Art. 42: +10, or +15 joint).
        var items = context.Items.Count > 0 ? context.Items : [.. context.Bundle.Items.Select(i => i.Item)];
        var allowance = items.Any(i => i.Deadline.ExtensionAllowed) ? context.Bundle.Policy.ExtensionAllowance.Value : 0;
        if (allowance == 0)
        {
            return Task.FromResult(new CaseStep(file, $"{string.Join("、", items.Select(i => i.Name))}依法不得延期，时限不变。", Results.Of(("extendedBy", FeelValue.Number(0)))));
        }

        var task = context.Request.Properties.TryGetValue("extends", out var extends) ? extends : null;
        var moves = context.Request.Timers
            .Where(t => t.AttachedTo is not null && t.AttachedTo == task)
            .Select(t => new TimerMove(t.BookmarkKey, TimerShift.By(t.DueAt, allowance, Services.Clock)))
            .ToList();
        var result = new ActivityResult(new Dictionary<string, FeelValue>(StringComparer.Ordinal) { ["extendedBy"] = FeelValue.Number(allowance) }, moves);
        return Task.FromResult(new CaseStep(
            file with { ExtensionGranted = true },
            $"经负责人批准延期 {allowance} 个工作日（行政许可法第四十二条），{string.Join("、", items.Select(i => i.Name))}的预警和超期时间相应顺延（{moves.Count} 个计时器）。",
            result));
    }
}
