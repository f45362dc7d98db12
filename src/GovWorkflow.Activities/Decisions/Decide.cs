using GovWorkflow.Activities.Cases;
using GovWorkflow.Domain.Cases;
using GovWorkflow.Engine.Expressions;

namespace GovWorkflow.Activities.Decisions;

/// <summary>决定: the case's decision, from the reviews' conclusion (<c>approved</c>, or <c>passed</c> for an acceptance).</summary>
/// <remarks>
/// A refusing review ends the parallel handling with <c>approved = false</c>; every review approving leaves it true.
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
        var granted = context.Variable("approved") is not null ? context.Flag("approved") : context.Flag("passed");
        var decision = new CaseDecision(granted, context.Today, file.CommittedItems, granted ? null : context.Text("refusalReason") ?? "审查不予许可");
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
