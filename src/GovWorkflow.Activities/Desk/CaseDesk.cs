using GovWorkflow.Activities.Cases;
using GovWorkflow.Activities.Scenarios;
using GovWorkflow.Activities.Values;
using GovWorkflow.Domain.Bundles;
using GovWorkflow.Domain.Calendar;
using GovWorkflow.Domain.Cases;
using GovWorkflow.Domain.People;
using GovWorkflow.Engine.Expressions;
using GovWorkflow.Runtime.Instances;
using NodaTime;

namespace GovWorkflow.Activities.Desk;

/// <summary>
/// What people do to a case: the window receives it and takes in materials, approvers and supervisors complete
/// their tasks, applicants rate. Each action is checked against who may do it and what it must decide, goes to the
/// workflow, and lands on the case's timeline with the clock's state.
/// </summary>
/// <remarks>
/// The workflow command commits first and the timeline line after it (two transactions): a crash between them loses
/// the line only, never the action, which the runtime's audit log holds. What an activity needs from a person's
/// action (defects, supplied materials, fresh material counts) travels in the command's variables, so the record
/// an activity writes never depends on the line being saved first.
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

        if (DecisionForms.Check(task.FormKey, decision) is { } invalid)
        {
            return new DeskResult(invalid);
        }

        var variables = new Dictionary<string, FeelValue>(decision, StringComparer.Ordinal);
        if (task.FormKey == "material-check" && file is not null)
        {
            var badCredit = (await services.Store.CreditRecordsAsync(file.Applicant.IdNumber, cancellationToken).ConfigureAwait(false)).Count > 0;
            if (MaterialCheck.Refusal(decision, file, badCredit) is { } wrong)
            {
                return wrong;
            }

            // The acceptance gateways read the materials as they are now, not as they were at receipt.
            var summary = MaterialSummary.Of(MaterialIntake.MarkDefective(file.Materials, MaterialCheck.Defects(decision)));
            variables["missingPrimary"] = FeelValue.Number(summary.MissingPrimary + summary.MissingOther);
            variables["missingTolerable"] = FeelValue.Number(summary.MissingTolerable);
            variables["badCredit"] = FeelValue.Boolean(badCredit);
        }

        var outcome = await workflow.CompleteTaskAsync(task, variables, person.Id, cancellationToken).ConfigureAwait(false);
        if (!outcome.Succeeded)
        {
            return DeskResult.Refused(outcome.Code ?? "desk.refused", outcome.Message ?? "办理失败。", outcome.Message ?? "Refused.");
        }

        if (file is not null)
        {
            var today = clock.GetCurrentInstant().InZone(BusinessCalendar.Zone).Date;
            await NoteAsync(file, f => Record(f, task, decision, today), person, "task." + task.NodeId, $"{task.Name ?? task.NodeId}：{DecisionText.Of(decision)}", cancellationToken).ConfigureAwait(false);
        }

        return DeskResult.Done;
    }

    /// <summary>Sends a message to the case (补正, 补齐, 申请延期, 暂停, 恢复) with the materials handed in with it.</summary>
    public async Task<DeskResult> SendAsync(string caseId, string message, IReadOnlyDictionary<string, FeelValue> variables, IReadOnlyList<string> materials, string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(variables);
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

        var bundle = services.Bundles.Get(file.BundleCode);
        if (MessageRules.Refusal(message, person, file, bundle, variables, materials) is { } refused)
        {
            return refused;
        }

        var sent = new Dictionary<string, FeelValue>(variables, StringComparer.Ordinal);
        if (message == "materials-supplied")
        {
            sent["suppliedMaterials"] = FeelValue.List(materials.Select(FeelValue.String));
        }

        var outcome = await workflow.DeliverMessageAsync(caseId, message, sent, person.Id, cancellationToken).ConfigureAwait(false);
        if (!outcome.Succeeded)
        {
            return DeskResult.Refused(outcome.Code ?? "desk.refused", outcome.Message ?? "办件当前不接收该消息。", outcome.Message ?? "Refused.");
        }

        var now = clock.GetCurrentInstant();
        var names = file.Materials.Where(m => m.IsLacking && (materials.Contains(m.Key, StringComparer.Ordinal) || materials.Contains(m.Code, StringComparer.Ordinal))).Select(m => m.Name).ToList();
        var said = message switch
        {
            "materials-corrected" => $"提交补正材料（{string.Join("、", names)}），重新审查",
            "materials-supplied" => $"补齐容缺材料（{string.Join("、", names)}）",
            "extension-requested" => "申请延期",
            "suspend" => "申请暂停计时",
            "resume" => "特别程序结束，申请恢复计时",
            _ => "消息 " + message,
        };
        var extra = variables.Count == 0 ? string.Empty : "（" + DecisionText.Of(variables) + "）";

        // Corrected materials are a new round of receipt (Art. 32 counts from it); supplied ones the RecordSupply activity records.
        CaseFile Correct(CaseFile f) => message != "materials-corrected" ? f : f with
        {
            Materials = MaterialIntake.Receive(f.Materials, materials, supplied: false),
            ReceivedAt = now,
            Status = CaseStatus.Received,
        };
        await NoteAsync(file, Correct, person, "message." + message, said + extra, cancellationToken).ConfigureAwait(false);
        return DeskResult.Done;
    }

    /// <summary>
    /// 撤回申请: the case's applicant, or a clerk for them, withdraws a case not yet decided. <paramref name="cancel"/>
    /// ends its workflow (as the actor); then the file is marked withdrawn, its clock stopped today, with a line.
    /// </summary>
    /// <remarks><see cref="ICaseWorkflow"/> has no cancel (simulations never withdraw), so the caller passes the runtime's.</remarks>
    public async Task<DeskResult> WithdrawAsync(string caseId, string reason, string userId, Func<string, CancellationToken, Task<RuntimeOutcome>> cancel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cancel);
        var file = await services.Store.FindCaseAsync(caseId, cancellationToken).ConfigureAwait(false);
        if (file is null)
        {
            return DeskResult.Refused("desk.case-not-found", $"办件 {caseId} 不存在。", $"Case {caseId} not found.");
        }

        if (Resolve(userId, file) is not { } person || !(person.HasRole("clerk") || (person.HasRole("applicant") && person.IdNumber == file.Applicant.IdNumber)))
        {
            return DeskResult.Refused("desk.not-allowed", $"用户 {userId} 不能撤回办件 {caseId}：只有本案申请人或窗口人员可以。", $"{userId} may not withdraw {caseId}.");
        }

        if (file.Status is not (CaseStatus.Received or CaseStatus.AwaitingCorrection or CaseStatus.Accepted))
        {
            return DeskResult.Refused("desk.case-ended", $"办件 {caseId} 已作出决定或已终结（{file.Status}），不能撤回。", $"Case {caseId} is decided or ended.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return DeskResult.Refused("desk.withdraw-reason-missing", "撤回申请须写明理由。", "A withdrawal needs a reason.");
        }

        var outcome = await cancel(person.Id, cancellationToken).ConfigureAwait(false);
        if (!outcome.Succeeded)
        {
            return DeskResult.Refused(outcome.Code ?? "desk.refused", outcome.Message ?? "撤回失败。", outcome.Message ?? "Refused.");
        }

        var today = clock.GetCurrentInstant().InZone(BusinessCalendar.Zone).Date;
        await NoteAsync(file, f => f with { Status = CaseStatus.Withdrawn, StoppedOn = today }, person, "withdraw", $"撤回申请（{reason.Trim()}）", cancellationToken).ConfigureAwait(false);
        return DeskResult.Done;
    }

    /// <summary>
    /// Whether the person is a candidate of the task: named, or of a candidate group (an applicant only on their own
    /// case) and, when the task names departments too, of one of them (负责人 of that department); or, when the task
    /// names departments only, working in one of them. A task assigned to somebody (claimed, transferred, delegated)
    /// is theirs alone: its candidates no longer count.
    /// </summary>
    public static bool MayComplete(Person person, CaseTask task, CaseFile? file)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(task);
        if (task.Assignee is { } assignee)
        {
            return assignee == person.Id;
        }

        if (task.Users.Contains(person.Id, StringComparer.Ordinal))
        {
            return true;
        }

        if (person.HasRole("applicant"))
        {
            return task.Groups.Contains("applicant", StringComparer.Ordinal) && file is not null && person.IdNumber == file.Applicant.IdNumber;
        }

        var inDepartment = person.Department is { } department && task.Departments.Contains(department, StringComparer.Ordinal);
        return task.Groups.Count > 0
            ? task.Groups.Any(person.HasRole) && (task.Departments.Count == 0 || inDepartment)
            : inDepartment;
    }

    /// <summary>What a completed task adds to the case file: a rating, or a department's inspection result.</summary>
    private static CaseFile Record(CaseFile file, CaseTask task, IReadOnlyDictionary<string, FeelValue> decision, LocalDate today)
    {
        if (task.FormKey == "rating" && decision.TryGetValue("rating", out var score) && RatingScale.TryFromScore((long)score.AsNumber, out var rating, out _))
        {
            return file with { Rating = rating, RatedOn = today };
        }

        if (task.FormKey == "inspection" && task.Departments.Count > 0 && decision.TryGetValue("passed", out var passed))
        {
            var inspections = new Dictionary<string, bool>(file.Inspections, StringComparer.Ordinal) { [task.Departments[0]] = passed.AsBoolean };
            return file with { Inspections = inspections };
        }

        return file;
    }

    private Person? Resolve(string userId, CaseFile? file) =>
        userId == ApplicantUser && file is not null
            ? new Person(ApplicantUser, file.Applicant.Name, null, ["applicant"], file.Applicant.IdNumber)
            : people.TryGet(userId, out var person) ? person : null;

    /// <summary>Applies <paramref name="change"/> to the case as stored now and saves it with a timeline line; an activity saving in between is read back and kept.</summary>
    private async Task NoteAsync(CaseFile file, Func<CaseFile, CaseFile> change, Person person, string action, string text, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var changed = change(file);
            var now = clock.GetCurrentInstant();
            var clockState = CaseClock.At(changed, services.Bundles.Get(changed.BundleCode).Policy, services.Clock, now);
            var entry = new TimelineEntry(changed.Id, now, $"{person.Id}（{person.Name}）", action, text, clockState);
            try
            {
                await services.Store.SaveAsync(new CaseChange(changed, entry), cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (CaseConflictException) when (attempt < 20)
            {
                file = await services.Store.FindCaseAsync(file.Id, cancellationToken).ConfigureAwait(false) ?? file;
            }
        }
    }

    private static string RootCaseId(string instanceId) => instanceId.Split('/')[0];
}
