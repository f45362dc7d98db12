using GovWorkflow.Activities.Cases;
using GovWorkflow.Activities.Desk;
using GovWorkflow.Domain.Cases;
using GovWorkflow.Engine.Expressions;
using GovWorkflow.Runtime.Instances;
using GovWorkflow.Domain.Catalog;
using GovWorkflow.Server.Auth;
using GovWorkflow.Server.Hosting;
using Results = Microsoft.AspNetCore.Http.Results;

namespace GovWorkflow.Server.Cases;

/// <summary>The window's decisions on a case (受理 / 补正 / 不予受理) and its withdrawal.</summary>
/// <remarks>
/// The decision completes the case's open material-check task through the desk, so the desk's rules apply (齐全 only
/// when nothing blocks, one-time notice, reason for a refusal). 容缺 is not chosen here: <c>accept</c> with only
/// tolerable secondary materials lacking (and no bad credit) takes the workflow's 容缺 branch; 告知承诺 was settled at
/// receipt from the application (the items that allow it, no bad credit) and follows in the review.
/// </remarks>
public static class WindowEndpoints
{
    private static readonly Dictionary<string, string> Checks = new(StringComparer.Ordinal)
    {
        ["accept"] = "complete",
        ["correct"] = "correctable",
        ["refuse"] = "refuse",
    };

    /// <summary>Maps <c>acceptance</c> and <c>withdraw</c> under <c>/api/cases/{caseId}</c>.</summary>
    public static void MapWindow(this RouteGroupBuilder cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        cases.MapPost("/{caseId}/acceptance", AcceptAsync).RequireAuthorization(Policies.Clerk).WithSummary("窗口审查结论：受理（含容缺）、一次性告知补正、不予受理");
        cases.MapPost("/{caseId}/withdraw", WithdrawAsync).RequireAuthorization(Policies.SignedIn).WithSummary("撤回申请（本案申请人，或窗口人员代为办理）");
    }

    private static async Task<IResult> AcceptAsync(string caseId, AcceptanceRequest request, CaseDesk desk, CaseServices services, ItemCatalog catalog, HttpContext http, CancellationToken cancellationToken)
    {
        if (request?.Decision is null || !Checks.TryGetValue(request.Decision, out var check))
        {
            return Problems.Of(StatusCodes.Status400BadRequest, "request.acceptance-decision", "审查结论 decision 应为 accept（受理）、correct（补正）或 refuse（不予受理）。");
        }

        var user = CurrentUser.From(http.User);
        if (await services.Store.FindCaseAsync(caseId, cancellationToken).ConfigureAwait(false) is not { } received)
        {
            return CaseAccess.NotFound(caseId);
        }

        if (!CaseAccess.InDepartmentScope(user, received, services, catalog))
        {
            return CaseAccess.OtherDepartment(caseId);
        }

        var open = await desk.Workflow.OpenTasksAsync(caseId, cancellationToken).ConfigureAwait(false);
        if (open.FirstOrDefault(t => string.Equals(t.FormKey, "material-check", StringComparison.Ordinal)) is not { } task)
        {
            return Problems.Of(StatusCodes.Status409Conflict, "case.not-awaiting-check", $"办件 {caseId} 当前没有待审查的材料（已审查，或在等待补正）。");
        }

        var done = await desk.CompleteAsync(task with { Version = request.ExpectedVersion ?? task.Version }, Decision(check, request), user.Id, cancellationToken).ConfigureAwait(false);
        if (!done.Succeeded)
        {
            return Problems.From(done.Error!);
        }

        await desk.Workflow.RunJobsAsync(caseId, cancellationToken).ConfigureAwait(false);
        var file = (await services.Store.FindCaseAsync(caseId, cancellationToken).ConfigureAwait(false))!;
        var after = await desk.Workflow.OpenTasksAsync(caseId, cancellationToken).ConfigureAwait(false);
        return Results.Ok(new AcceptanceDone(caseId, file.Status.ToString(), file.Acceptance?.ToString(), [.. after.Select(OpenTaskView.Of)]));
    }

    private static Dictionary<string, FeelValue> Decision(string check, AcceptanceRequest request)
    {
        var decision = new Dictionary<string, FeelValue>(StringComparer.Ordinal) { ["materialCheck"] = FeelValue.String(check) };
        if (request.Defects is { Count: > 0 } defects)
        {
            decision["defects"] = FeelValue.Context(defects.Select(d => new KeyValuePair<string, FeelValue>(d.Key, FeelValue.String(d.Value))));
        }

        if (!string.IsNullOrWhiteSpace(request.RefusalReason))
        {
            decision["refusalReason"] = FeelValue.String(request.RefusalReason.Trim());
        }

        if (request.TolerantDays is { } days)
        {
            decision["tolerantDays"] = FeelValue.Number(days);
        }

        return decision;
    }

    private static async Task<IResult> WithdrawAsync(string caseId, WithdrawRequest request, CaseDesk desk, WorkflowRuntime runtime, CaseServices services, ItemCatalog catalog, HttpContext http, CancellationToken cancellationToken)
    {
        var user = CurrentUser.From(http.User);
        if (await services.Store.FindCaseAsync(caseId, cancellationToken).ConfigureAwait(false) is { } file
            && !CaseAccess.IsApplicantOf(user, file) && user.IsStaff && !CaseAccess.InDepartmentScope(user, file, services, catalog))
        {
            return CaseAccess.OtherDepartment(caseId);
        }

        var reason = request?.Reason ?? string.Empty;
        var done = await desk.WithdrawAsync(
            caseId,
            reason,
            user.Id,
            (actor, token) => runtime.CancelInstanceAsync(caseId, "撤回申请：" + reason.Trim(), actor, token),
            cancellationToken).ConfigureAwait(false);
        if (!done.Succeeded)
        {
            return Problems.From(done.Error!);
        }

        var open = await desk.Workflow.OpenTasksAsync(caseId, cancellationToken).ConfigureAwait(false);
        return Results.Ok(new AcceptanceDone(caseId, nameof(CaseStatus.Withdrawn), null, [.. open.Select(OpenTaskView.Of)]));
    }
}
