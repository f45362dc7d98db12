using GovWorkflow.Activities.Cases;
using GovWorkflow.Domain.Calendar;
using GovWorkflow.Domain.Cases;
using GovWorkflow.Engine.Activities;
using GovWorkflow.Engine.Expressions;

namespace GovWorkflow.Activities.Intake;

/// <summary>
/// 容缺受理: accepts the case with tolerable secondary materials missing, on the applicant's written commitment to
/// supply them by a due date no later than the bundle's limit. Refused (BPMN error <c>TOLERANT-REFUSED</c>) when a
/// primary or non-tolerable material lacks, or the applicant has a bad-credit record.
/// </summary>
/// <remarks>Input <c>tolerantDays</c> (the applicant's promise, optional). Outputs <c>tolerantDays</c> and <c>tolerantDue</c>.</remarks>
public sealed class AcceptTolerant(CaseServices services) : CaseActivity(services)
{
    /// <inheritdoc />
    public override string ActivityType => "AcceptTolerant";

    /// <inheritdoc />
    protected override async Task<CaseStep> ExecuteAsync(CaseActivityContext context, CancellationToken cancellationToken)
    {
        var file = context.File;
        var credit = await Services.Store.CreditRecordsAsync(file.Applicant.IdNumber, cancellationToken).ConfigureAwait(false);
        var problems = TolerantAcceptanceRules.Check(context.Bundle.Items.Select(i => i.Item), file.Materials, credit.Count > 0);
        if (problems.Count > 0)
        {
            throw new BpmnErrorException("TOLERANT-REFUSED", string.Join("；", problems.Select(p => p.Message)));
        }

        // A deemed acceptance (Art. 32) keeps its day; otherwise the case is accepted today under 容缺.
        var accepted = file.AcceptedOn is null
            ? file with { AcceptedOn = context.Today, Acceptance = AcceptanceKind.Tolerant, Status = CaseStatus.Accepted }
            : file with { Status = CaseStatus.Accepted };

        // The promise may not run past the bundle's 容缺 period, nor past the day the case is promised to be done.
        var calendar = Services.Clock.Calendar;
        var promisedDue = calendar.AddWorkingDays(accepted.AcceptedOn!.Value, context.Bundle.Policy.PromisedLimit);
        var cap = Math.Min(context.Bundle.Settings.TolerantPeriod.Value, Math.Max(1, calendar.CountWorkingDays(context.Today.PlusDays(1), promisedDue).Value));
        var asked = context.WholeNumber("tolerantDays");
        var days = Math.Clamp(asked ?? cap, 1, cap);
        var due = calendar.AddWorkingDays(context.Today, new WorkingDays(days));
        var missing = file.Materials.Where(m => m.IsLacking).ToList();
        var commitment = new TolerantAcceptance([.. missing.Select(m => m.Key)], context.Today, due);
        var shortened = asked is { } wanted && wanted > days ? $"（申请承诺 {wanted} 个工作日，不得晚于承诺办结日 {CaseActivityContext.Day(promisedDue)}，按 {days} 个工作日）" : string.Empty;
        var step = new CaseStep(
            accepted with { Tolerant = commitment },
            $"容缺受理：申请人书面承诺于 {CaseActivityContext.Day(due)} 前（{days} 个工作日）补齐{string.Join("、", missing.Select(m => m.Name))}{shortened}；逾期未补齐将撤销受理。",
            Results.Of(("tolerantDays", FeelValue.Number(days)), ("tolerantDue", FeelValue.Date(due))));
        return step;
    }
}
