using GovWorkflow.Activities.Cases;
using GovWorkflow.Engine.Activities;

namespace GovWorkflow.Activities.Decisions;

/// <summary>
/// 告知承诺: approves the items named by <c>gov:items</c> on the applicant's written commitment, on the spot; a
/// post-check (核查) follows. An item that does not allow it, or an applicant with a bad-credit record, is refused
/// with the BPMN error <c>ITEM-REFUSED</c>.
/// </summary>
public sealed class ApproveOnCommitment(CaseServices services) : CaseActivity(services)
{
    /// <inheritdoc />
    public override string ActivityType => "ApproveOnCommitment";

    /// <inheritdoc />
    protected override async Task<CaseStep> ExecuteAsync(CaseActivityContext context, CancellationToken cancellationToken)
    {
        var file = context.File;
        var items = context.Items;
        var barred = items.Where(i => !i.CommitmentApprovalAllowed).ToList();
        if (barred.Count > 0)
        {
            throw new BpmnErrorException("ITEM-REFUSED", $"{string.Join("、", barred.Select(i => i.Name))}不实行告知承诺制。");
        }

        var credit = await Services.Store.CreditRecordsAsync(file.Applicant.IdNumber, cancellationToken).ConfigureAwait(false);
        if (credit.Count > 0)
        {
            throw new BpmnErrorException("ITEM-REFUSED", "申请人有失信记录，不适用告知承诺制。");
        }

        var codes = items.Select(i => i.Code).ToList();
        return new CaseStep(
            file with { CommittedItems = [.. file.CommittedItems.Union(codes, StringComparer.Ordinal)] },
            $"告知承诺：申请人书面承诺符合{string.Join("、", items.Select(i => i.Name))}的许可条件，当场准予；{context.Bundle.Settings.PostCheckPeriod.Value} 个工作日后核查。",
            Results.Of());
    }
}
