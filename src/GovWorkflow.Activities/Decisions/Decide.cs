using GovWorkflow.Activities.Cases;
using GovWorkflow.Domain.Cases;
using GovWorkflow.Engine.Expressions;

namespace GovWorkflow.Activities.Decisions;

/// <summary>决定: the case's decision, from the reviews' conclusion, or for a joint acceptance from every department's inspection.</summary>
/// <remarks>
/// A refusing review ends the parallel handling with <c>approved = false</c> (and its <c>refusalReason</c>); every review
/// approving leaves it true. A joint acceptance (<c>inspectingDepartments</c>) is granted only when each of those
/// departments' latest inspection on the case file passed.
/// Outputs <c>granted</c>, <c>decidedOn</c> and <c>combinedLicence</c> (the bundle issues one 一业一证 licence).
/// </remarks>
public sealed class Decide(CaseServices services) : CaseActivity(services)
{
    /// <inheritdoc />
    public override string ActivityType => "Decide";

    /// <inheritdoc />
    protected override Task<CaseStep> ExecuteAsync(CaseActivityContext context, CancellationToken cancellationToken)
    {
        var file = context.File;

        // 联合验收 passes only when every inspecting department's latest inspection passed (an overdue cut-off leaves some without).
        var inspecting = context.TextList("inspectingDepartments");
        var failing = inspecting.Where(d => !file.Inspections.TryGetValue(d, out var passed) || !passed).ToList();
        var granted = inspecting.Count > 0 ? failing.Count == 0 : context.Flag("approved");
        var reason = inspecting.Count > 0
            ? $"联合验收未全部合格（{string.Join("、", failing)} 未通过或未验收）"
            : context.Text("refusalReason") ?? "审查不予许可";
        var decision = new CaseDecision(granted, context.Today, file.CommittedItems, granted ? null : reason);
        var decided = file with { Decision = decision, Status = CaseStatus.Decided, StoppedOn = context.Today };
        var used = CaseClock.At(decided, context.Bundle.Policy, Services.Clock, context.Request.Now);
        var deliverBy = Services.Clock.DeliveryDeadline(context.Today);
        var text = granted
            ? $"作出准予决定：{string.Join("、", context.Bundle.Items.Select(i => i.Item.Name))}；用时 {used.Used} 个工作日（承诺 {used.PromisedLimit}，法定 {used.StatutoryLimit}）；应于 {CaseActivityContext.Day(deliverBy)} 前送达（第四十四条）。"
            : $"作出不予许可决定：{decision.Reason}；用时 {used.Used} 个工作日；应于 {CaseActivityContext.Day(deliverBy)} 前送达决定书。";
        return Task.FromResult(new CaseStep(decided, text, Results.Of(
            ("granted", FeelValue.Boolean(granted)),
            ("decidedOn", FeelValue.Date(context.Today)),
            ("combinedLicence", FeelValue.Boolean(context.Bundle.Settings.CombinedLicence)))));
    }
}
