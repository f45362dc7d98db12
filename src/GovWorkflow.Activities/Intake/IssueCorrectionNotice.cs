using GovWorkflow.Activities.Cases;
using GovWorkflow.Domain.Cases;
using GovWorkflow.Engine.Expressions;

namespace GovWorkflow.Activities.Intake;

/// <summary>一次性告知: ONE notice listing every missing or defective material and the day to correct by (行政许可法 Art. 32).</summary>
/// <remarks>Input <c>defects</c> (from the material check). Outputs <c>correctionDue</c> (the day). The period is the bundle's <c>correctionDays</c>, counted in working days from the day after issue.</remarks>
public sealed class IssueCorrectionNotice(CaseServices services) : CaseActivity(services)
{
    /// <inheritdoc />
    public override string ActivityType => "IssueCorrectionNotice";

    /// <inheritdoc />
    protected override Task<CaseStep> ExecuteAsync(CaseActivityContext context, CancellationToken cancellationToken)
    {
        // The clerk's check names defective materials in the decision's `defects` ({ "ITEM/code": "what is wrong" }).
        var defects = context.Variable("defects") is { Kind: FeelValueKind.Context } found
            ? found.AsContext.ToDictionary(e => e.Key, e => e.Value.Kind == FeelValueKind.String ? e.Value.AsString : "不符合要求", StringComparer.Ordinal)
            : [];
        var file = context.File with { Materials = MaterialIntake.MarkDefective(context.File.Materials, defects) };
        var due = Services.Clock.Calendar.AddWorkingDays(context.Today, context.Bundle.Settings.CorrectionPeriod);
        if (!CorrectionNotice.TryCreate(file.Materials, context.Today, due, out var notice, out var error))
        {
            throw new InvalidOperationException(error.Message);
        }

        var lines = string.Join("；", notice.Entries.Select(e => $"{e.MaterialName}（{e.ItemCode}/{e.MaterialCode}）{e.Problem}"));
        var first = file.NoticedMaterials.Count == 0;
        var step = new CaseStep(
            file with
            {
                Notice = notice,
                Status = CaseStatus.AwaitingCorrection,
                NoticedMaterials = first ? [.. notice.Entries.Select(e => e.ItemCode + "/" + e.MaterialCode)] : file.NoticedMaterials,
            },
            $"{(first ? "一次性告知补正" : "补正材料仍不符合要求，再次告知（限首次告知所列材料）")}：共 {notice.Entries.Count} 项——{lines}；请于 {CaseActivityContext.Day(due)} 前补正，逾期视为撤回申请。",
            Results.Of(("correctionDue", FeelValue.Date(due))));
        return Task.FromResult(step);
    }
}
