using GovWorkflow.Activities.Cases;
using GovWorkflow.Activities.Scenarios;
using GovWorkflow.Activities.Values;
using GovWorkflow.Domain.Bundles;
using GovWorkflow.Domain.Cases;
using GovWorkflow.Domain.People;
using GovWorkflow.Engine.Expressions;
using NodaTime;

namespace GovWorkflow.Activities.Desk;

/// <summary>
/// What people do to a case: the window receives it and takes in materials, approvers and supervisors complete
/// their tasks, applicants rate. Each action is checked against who may do it, goes to the workflow, and lands on
/// the case's timeline with the clock's state.
/// </summary>
/// <remarks>
/// The workflow command commits first and the timeline line after it (two transactions): a crash between them loses
/// the line only, never the action, which the runtime's audit log holds. Materials handed in are recorded before the
/// message that announces them, because receiving them is a fact whatever the workflow then does.
/// </remarks>
public sealed class CaseDesk(ICaseWorkflow workflow, CaseServices services, PeopleDirectory people, IClock clock)
{
    /// <summary>The pseudo user id that stands for the case's applicant in a scenario.</summary>
    public const string ApplicantUser = "applicant";

    /// <summary>The workflow the desk drives.</summary>
    public ICaseWorkflow Workflow => workflow;

    /// <summary>收件: starts the case's workflow; the ReceiveApplication activity registers it.</summary>
    public async Task<DeskResult> ReceiveAsync(ServiceBundle bundle, string caseId, string applicantId, string applicantName, IReadOnlyList<string> submitted, IEnumerable<KeyValuePair<string, object?>> variables, string clerkId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        if (!people.TryGet(clerkId, out var clerk) || !clerk.HasRole("clerk"))
        {
            return DeskResult.Refused("desk.not-clerk", $"用户 {clerkId} 不是窗口收件人员，不能收件。", $"{clerkId} is not a clerk.");
        }

        var start = PlainValues.ToVariables(bundle.StartVariables().Concat(variables));
        start["bundle"] = FeelValue.String(bundle.Code);
        start["applicant"] = FeelValue.Context([new("id", FeelValue.String(applicantId)), new("name", FeelValue.String(applicantName))]);
        start["submittedMaterials"] = FeelValue.List(submitted.Select(FeelValue.String));
        var outcome = await workflow.StartAsync(bundle.ProcessId, caseId, start, clerk.Id, cancellationToken).ConfigureAwait(false);
        return outcome.Succeeded ? DeskResult.Done : DeskResult.Refused(outcome.Code ?? "desk.refused", outcome.Message ?? "收件失败。", outcome.Message ?? "Refused.");
    }

    /// <summary>Completes a task with a decision, as <paramref name="userId"/>.</summary>
    public async Task<DeskResult> CompleteAsync(CaseTask task, IReadOnlyDictionary<string, FeelValue> decision, string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(decision);
        var file = await services.Store.FindCaseAsync(RootCaseId(task.CaseId), cancellationToken).ConfigureAwait(false);
        if (Resolve(userId, file) is not { } person || !MayComplete(person, task, file))
        {
            return DeskResult.Refused("desk.not-candidate", $"用户 {userId} 不是任务“{task.Name ?? task.NodeId}”的办理人或候选人，不能办理。", $"{userId} may not complete task {task.NodeId}.");
        }

        var badCredit = file is not null && (await services.Store.CreditRecordsAsync(file.Applicant.IdNumber, cancellationToken).ConfigureAwait(false)).Count > 0;
        if (CheckMaterialDecision(decision, file, badCredit) is { } wrong)
        {
            return wrong;
        }

        Rating? rating = null;
        if (decision.TryGetValue("rating", out var score))
        {
            if (score.Kind != FeelValueKind.Number || !RatingScale.TryFromScore((long)score.AsNumber, out var level, out var error))
            {
                return new DeskResult(new Domain.Errors.DomainError("case.rating-out-of-range", "评价等级应为 1（非常不满意）到 5（非常满意）。", "Rating must be 1 to 5."));
            }

            rating = level;
        }

        var outcome = await workflow.CompleteTaskAsync(task, decision, person.Id, cancellationToken).ConfigureAwait(false);
        if (!outcome.Succeeded)
        {
            return DeskResult.Refused(outcome.Code ?? "desk.refused", outcome.Message ?? "办理失败。", outcome.Message ?? "Refused.");
        }

        if (file is not null)
        {
            var text = $"{task.Name ?? task.NodeId}：{DecisionText.Of(decision)}";
            await NoteAsync(file, f => rating is { } r ? f with { Rating = r } : f, person, "task." + task.NodeId, text, cancellationToken).ConfigureAwait(false);
        }

        return DeskResult.Done;
    }

    /// <summary>Sends a message to the case (补正, 补齐, 申请延期, 暂停, 恢复), recording any materials handed in with it first.</summary>
    public async Task<DeskResult> SendAsync(string caseId, string message, IReadOnlyDictionary<string, FeelValue> variables, IReadOnlyList<string> materials, string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(materials);
        var file = await services.Store.FindCaseAsync(caseId, cancellationToken).ConfigureAwait(false);
        if (file is null)
        {
            return DeskResult.Refused("desk.case-not-found", $"办件 {caseId} 不存在。", $"Case {caseId} not found.");
        }

        if (Resolve(userId, file) is not { } person)
        {
            return DeskResult.Refused("desk.user-unknown", $"用户 {userId} 不存在。", $"Unknown user {userId}.");
        }

        if (materials.Count > 0)
        {
            var unknown = MaterialIntake.Unknown(file.Materials, materials);
            if (unknown.Count > 0)
            {
                return DeskResult.Refused("desk.material-unknown", $"材料 {string.Join("、", unknown)} 不是本件所需材料：请按“事项编码/材料编码”填写。", $"Unknown materials {string.Join(", ", unknown)}.");
            }

            var supplied = message == "materials-supplied";
            var now = clock.GetCurrentInstant();
            CaseFile Receive(CaseFile f) => f with
            {
                Materials = MaterialIntake.Receive(f.Materials, materials, supplied),
                ReceivedAt = supplied ? f.ReceivedAt : now,
                Notice = supplied ? f.Notice : null,
                Status = supplied ? f.Status : CaseStatus.Received,
            };
            var names = file.Materials.Where(m => m.IsLacking && (materials.Contains(m.Key, StringComparer.Ordinal) || materials.Contains(m.Code, StringComparer.Ordinal))).Select(m => m.Name);
            file = await NoteAsync(file, Receive, person, "materials." + (supplied ? "supply" : "correct"), $"{(supplied ? "补齐容缺材料" : "补正材料")}：{string.Join("、", names)}", cancellationToken).ConfigureAwait(false);
        }

        var outcome = await workflow.DeliverMessageAsync(caseId, message, variables, person.Id, cancellationToken).ConfigureAwait(false);
        if (!outcome.Succeeded)
        {
            return DeskResult.Refused(outcome.Code ?? "desk.refused", outcome.Message ?? "办件当前不接收该消息。", outcome.Message ?? "Refused.");
        }

        var said = message switch
        {
            "materials-corrected" => "提交补正材料，重新审查",
            "materials-supplied" => "容缺材料已交窗口",
            "extension-requested" => "申请延期",
            "suspend" => "申请暂停计时",
            "resume" => "特别程序结束，申请恢复计时",
            _ => "消息 " + message,
        };
        var extra = variables.Count == 0 ? string.Empty : "（" + DecisionText.Of(variables) + "）";
        await NoteAsync(file, f => f, person, "message." + message, said + extra, cancellationToken).ConfigureAwait(false);
        return DeskResult.Done;
    }

    /// <summary>
    /// A material check must agree with the materials: 齐全 with a required material lacking (a tolerable one too when
    /// the applicant's bad credit bars 容缺), or 补正 with nothing to correct, is refused.
    /// </summary>
    private static DeskResult? CheckMaterialDecision(IReadOnlyDictionary<string, FeelValue> decision, CaseFile? file, bool badCredit)
    {
        if (file is null || !decision.TryGetValue("materialCheck", out var check) || check.Kind != FeelValueKind.String)
        {
            return null;
        }

        var defects = decision.TryGetValue("defects", out var found) && found.Kind == FeelValueKind.Context
            ? found.AsContext.ToDictionary(e => e.Key, e => "不符合要求", StringComparer.Ordinal)
            : [];
        var materials = MaterialIntake.MarkDefective(file.Materials, defects);
        var blocking = materials.Where(m => m.IsLacking && (badCredit || m.Importance == Domain.Catalog.MaterialImportance.Primary || !m.Tolerable || m.State == MaterialState.Defective)).ToList();
        return check.AsString switch
        {
            "complete" when blocking.Count > 0 => DeskResult.Refused(
                "desk.materials-lacking",
                $"材料审查结论为“齐全”，但仍缺：{string.Join("、", blocking.Select(m => $"{m.Name}（{m.Key}）"))}{(badCredit ? "（申请人有失信记录，不适用容缺受理）" : string.Empty)}。请先补正，或选择“需补正”出具一次性告知。",
                "Materials are still lacking."),
            "correctable" when !materials.Any(m => m.IsLacking) => DeskResult.Refused(
                "desk.nothing-to-correct",
                "材料没有缺少或不符合要求的，无需补正：请选择“齐全”受理，或在 defects 中写明不符合要求的材料。",
                "Nothing to correct."),
            _ => null,
        };
    }

    /// <summary>Whether the person is a candidate of the task: named, in a candidate group (an applicant only for their own case), or in a candidate department.</summary>
    public static bool MayComplete(Person person, CaseTask task, CaseFile? file)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(task);
        if (task.Users.Contains(person.Id, StringComparer.Ordinal))
        {
            return true;
        }

        if (person.HasRole("applicant"))
        {
            return task.Groups.Contains("applicant", StringComparer.Ordinal) && file is not null && person.IdNumber == file.Applicant.IdNumber;
        }

        return task.Groups.Any(person.HasRole) || (person.Department is { } department && task.Departments.Contains(department, StringComparer.Ordinal));
    }

    private Person? Resolve(string userId, CaseFile? file) =>
        userId == ApplicantUser && file is not null
            ? new Person(ApplicantUser, file.Applicant.Name, null, ["applicant"], file.Applicant.IdNumber)
            : people.TryGet(userId, out var person) ? person : null;

    /// <summary>Applies <paramref name="change"/> to the case as stored now and saves it with a timeline line; an activity saving in between is read back and kept.</summary>
    private async Task<CaseFile> NoteAsync(CaseFile file, Func<CaseFile, CaseFile> change, Person person, string action, string text, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var changed = change(file);
            var now = clock.GetCurrentInstant();
            var clockState = CaseClock.At(changed, services.Bundles.Get(changed.BundleCode).Policy, services.Clock, now);
            var entry = new TimelineEntry(changed.Id, now, $"{person.Id}（{person.Name}）", action, text, clockState);
            try
            {
                await services.Store.SaveAsync(new CaseChange(changed, entry), cancellationToken).ConfigureAwait(false);
                return changed with { Version = changed.Version + 1 };
            }
            catch (CaseConflictException) when (attempt < 3)
            {
                file = await services.Store.FindCaseAsync(file.Id, cancellationToken).ConfigureAwait(false) ?? file;
            }
        }
    }

    private static string RootCaseId(string instanceId) => instanceId.Split('/')[0];
}
