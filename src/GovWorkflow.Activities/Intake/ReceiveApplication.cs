using System.Globalization;
using GovWorkflow.Activities.Cases;
using GovWorkflow.Domain.Cases;
using GovWorkflow.Engine.Expressions;

namespace GovWorkflow.Activities.Intake;

/// <summary>
/// 收件: registers the case, the applicant (identity number validated) and the materials handed in; materials the
/// applicant's electronic licences cover are 免提交. Reports what the acceptance gateways need.
/// </summary>
/// <remarks>
/// Inputs: <c>bundle</c> (code), <c>applicant</c> (<c>{ id, name }</c>), <c>submittedMaterials</c> (<c>ITEM/code</c> list),
/// <c>commitmentApproval</c> (requested). Outputs: <c>applicantValid</c>, <c>missingPrimary</c> (primary or
/// non-tolerable materials lacking: must come before acceptance), <c>missingTolerable</c>, <c>badCredit</c>,
/// <c>exempted</c>, and <c>commitmentApproval</c> (kept only when no bad-credit record bars it).
/// </remarks>
public sealed class ReceiveApplication(CaseServices services) : CaseActivity(services)
{
    /// <inheritdoc />
    public override string ActivityType => "ReceiveApplication";

    /// <inheritdoc />
    protected override async Task<CaseStep> ExecuteAsync(CaseActivityContext context, CancellationToken cancellationToken)
    {
        var request = context.Request;
        var bundle = Services.Bundles.Get(context.Text("bundle") ?? throw new InvalidOperationException("启动变量缺少 bundle（一件事编码）。"));
        var idNumber = context.Field("applicant", "id");
        var name = context.Field("applicant", "name");
        var items = bundle.Items.Select(i => i.Item).ToList();
        if (!Applicant.TryCreate(idNumber, name, out var applicant, out var error))
        {
            var invalid = new CaseFile
            {
                Id = request.InstanceId,
                BundleCode = bundle.Code,
                Applicant = new Applicant(ApplicantKind.Person, idNumber ?? string.Empty, name ?? string.Empty),
                ReceivedAt = request.Now,
                Materials = [],
                Status = CaseStatus.Refused,
            };
            return new CaseStep(invalid, $"收件：申请人身份校验未通过（{error.Code}：{error.Message}），不予受理。", Results.Of(("applicantValid", FeelValue.False)));
        }

        var held = await Services.Store.FindValidAsync(applicant.IdNumber, context.Today, cancellationToken).ConfigureAwait(false);
        var submitted = context.TextList("submittedMaterials");
        var materials = MaterialIntake.Assess(items, submitted, held, [.. bundle.Items.Select(i => i.LicenseType)]);
        var summary = MaterialSummary.Of(materials);
        var credit = await Services.Store.CreditRecordsAsync(applicant.IdNumber, cancellationToken).ConfigureAwait(false);
        var badCredit = credit.Count > 0;
        var commitment = context.Flag("commitmentApproval") && !badCredit;
        var file = new CaseFile
        {
            Id = request.InstanceId,
            BundleCode = bundle.Code,
            Applicant = applicant,
            ReceivedAt = request.Now,
            Materials = materials,
        };
        var text = string.Create(CultureInfo.InvariantCulture, $"收件：{bundle.Name}，申请人 {applicant.Name}（{applicant.MaskedId}）；材料 {materials.Count} 项，已交 {materials.Count(m => m.State == MaterialState.Submitted)}，免提交 {summary.Exempted}（电子证照或本件核发），缺主要 {summary.MissingPrimary}，缺可容缺 {summary.MissingTolerable}，缺其他 {summary.MissingOther}")
            + (badCredit ? "；申请人有失信记录，不适用容缺受理和告知承诺" : string.Empty)
            + (context.Flag("commitmentApproval") && !badCredit ? "；申请适用告知承诺" : string.Empty) + "。";
        var unknown = MaterialIntake.Unknown(materials, submitted);
        if (unknown.Count > 0)
        {
            text += $"另收到目录外材料：{string.Join("、", unknown)}。";
        }

        return new CaseStep(file, text, Results.Of(
            ("applicantValid", FeelValue.True),
            ("missingPrimary", FeelValue.Number(summary.MissingPrimary + summary.MissingOther)),
            ("missingTolerable", FeelValue.Number(summary.MissingTolerable)),
            ("badCredit", FeelValue.Boolean(badCredit)),
            ("exempted", FeelValue.Number(summary.Exempted)),
            ("commitmentApproval", FeelValue.Boolean(commitment))));
    }
}
