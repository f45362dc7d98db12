using GovWorkflow.Activities.Cases;
using GovWorkflow.Domain.Cases;
using GovWorkflow.Engine.Expressions;

namespace GovWorkflow.Activities.Intake;

/// <summary>容缺材料补齐: the materials promised under 容缺 have come; the chain may go on to the decision.</summary>
/// <remarks>
/// Input <c>suppliedMaterials</c> (the keys the window received with the message; the desk accepts the message only
/// when it completes the commitment). Outputs <c>stillMissing</c> (0 when complete).
/// </remarks>
public sealed class RecordSupply(CaseServices services) : CaseActivity(services)
{
    /// <inheritdoc />
    public override string ActivityType => "RecordSupply";

    /// <inheritdoc />
    protected override Task<CaseStep> ExecuteAsync(CaseActivityContext context, CancellationToken cancellationToken)
    {
        // The window's materials come with the message (suppliedMaterials), so the record and the workflow agree.
        var file = context.File with { Materials = MaterialIntake.Receive(context.File.Materials, context.TextList("suppliedMaterials"), supplied: true) };
        var promised = file.Tolerant?.MaterialKeys ?? [];
        var still = file.Materials.Where(m => m.IsLacking && promised.Contains(m.Key, StringComparer.Ordinal)).ToList();
        var text = still.Count == 0
            ? $"容缺材料已补齐（承诺期限 {(file.Tolerant is { } t ? CaseActivityContext.Day(t.DueOn) : "—")}），恢复办理，可作出决定。"
            : $"收到部分容缺材料，仍缺：{string.Join("、", still.Select(m => m.Name))}。";
        return Task.FromResult(new CaseStep(file, text, Results.Of(("stillMissing", FeelValue.Number(still.Count)))));
    }
}
