using GovWorkflow.Activities.Cases;
using GovWorkflow.Domain.Licensing;

namespace GovWorkflow.Activities.Decisions;

/// <summary>记入失信记录: the false commitment is recorded against the applicant, who is refused 容缺 and 告知承诺 afterwards.</summary>
public sealed class RecordBadCredit(CaseServices services) : CaseActivity(services)
{
    /// <inheritdoc />
    public override string ActivityType => "RecordBadCredit";

    /// <inheritdoc />
    protected override Task<CaseStep> ExecuteAsync(CaseActivityContext context, CancellationToken cancellationToken)
    {
        var file = context.File;
        var reason = $"告知承诺核查不实（{string.Join("、", context.Items.Select(i => i.Name))}）";
        return Task.FromResult(new CaseStep(file, $"记入失信记录：{file.Applicant.Name}，{reason}。", Results.Of())
        {
            Credit = new CreditRecord(file.Applicant.IdNumber, file.Id, reason, context.Today),
        });
    }
}
