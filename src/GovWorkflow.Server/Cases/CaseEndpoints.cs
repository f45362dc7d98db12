using GovWorkflow.Activities.Cases;
using GovWorkflow.Activities.Desk;
using GovWorkflow.Domain.Cases;
using GovWorkflow.Domain.Catalog;
using GovWorkflow.Runtime.Persistence;
using GovWorkflow.Server.Auth;
using GovWorkflow.Server.Hosting;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Results = Microsoft.AspNetCore.Http.Results;

namespace GovWorkflow.Server.Cases;

/// <summary>Cases: receive at the window, timeline, and the applicants' status query.</summary>
public static class CaseEndpoints
{
    /// <summary>Maps the endpoints under <c>/api/cases</c>.</summary>
    public static void MapCases(this IEndpointRouteBuilder app)
    {
        var cases = app.MapGroup("/api/cases").WithTags("办件");
        cases.MapPost("/", ReceiveAsync).RequireAuthorization(Policies.Clerk).WithSummary("收件（综合窗口）");
        cases.MapGet("/{caseId}/timeline", TimelineAsync).RequireAuthorization(Policies.SignedIn).WithSummary("办件过程（办件所涉部门范围内的工作人员，或本案申请人）");
        cases.MapGet("/{caseId}/status", StatusAsync).AllowAnonymous().WithSummary("办件进度查询（办件编号 + 申请人证件号）");
        cases.MapWindow();
        cases.MapMaterials();
    }

    private static async Task<IResult> ReceiveAsync(ReceiveRequest request, CaseDesk desk, CaseServices services, IClock clock, HttpContext http, CancellationToken cancellationToken)
    {
        if (request?.Applicant is null || string.IsNullOrWhiteSpace(request.Bundle) || string.IsNullOrWhiteSpace(request.Applicant.Id) || string.IsNullOrWhiteSpace(request.Applicant.Name))
        {
            return Problems.Of(StatusCodes.Status400BadRequest, "request.receive-incomplete", "收件须填写一件事编码（bundle）与申请人（applicant.id、applicant.name）。");
        }

        var bundle = services.Bundles.All.FirstOrDefault(b => string.Equals(b.Code, request.Bundle, StringComparison.Ordinal));
        if (bundle is null)
        {
            return Problems.Of(StatusCodes.Status404NotFound, "case.bundle-not-found", $"一件事 {request.Bundle} 不存在。");
        }

        var caseId = string.IsNullOrWhiteSpace(request.CaseId) ? CaseNumbers.Next(bundle.Code, clock.GetCurrentInstant()) : request.CaseId.Trim();
        if (await services.Store.FindCaseAsync(caseId, cancellationToken).ConfigureAwait(false) is not null)
        {
            return Problems.Of(StatusCodes.Status409Conflict, "case.exists", $"办件编号 {caseId} 已存在。");
        }

        var user = CurrentUser.From(http.User);
        var received = await desk.ReceiveAsync(bundle, caseId, request.Applicant.Id, request.Applicant.Name, request.Submitted ?? [], JsonValues.ToPlain(request.Variables), user.Id, cancellationToken).ConfigureAwait(false);
        if (!received.Succeeded)
        {
            return Problems.From(received.Error!);
        }

        await desk.Workflow.RunJobsAsync(caseId, cancellationToken).ConfigureAwait(false);
        var open = await desk.Workflow.OpenTasksAsync(caseId, cancellationToken).ConfigureAwait(false);
        return Results.Created($"/api/cases/{caseId}/timeline", new CaseReceived(caseId, [.. open.Select(OpenTaskView.Of)]));
    }

    private static async Task<IResult> TimelineAsync(string caseId, CaseServices services, ItemCatalog catalog, HttpContext http, CancellationToken cancellationToken)
    {
        var file = await services.Store.FindCaseAsync(caseId, cancellationToken).ConfigureAwait(false);
        if (file is null)
        {
            return CaseNotFound(caseId);
        }

        if (CaseAccess.Refusal(CurrentUser.From(http.User), file, services, catalog, u => u.IsStaff) is { } refused)
        {
            return refused;
        }

        var timeline = await services.Store.TimelineAsync(caseId, cancellationToken).ConfigureAwait(false);
        return Results.Ok(timeline.Select(TimelineView.Of).ToList());
    }

    private static async Task<IResult> StatusAsync(string caseId, string? identity, CaseServices services, CaseDesk desk, Func<RuntimeDbContext> contexts, IClock clock, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(identity))
        {
            return Problems.Of(StatusCodes.Status400BadRequest, "request.identity-missing", "查询办件进度须同时提供办件编号和申请人证件号码（identity）。");
        }

        var file = await services.Store.FindCaseAsync(caseId, cancellationToken).ConfigureAwait(false);
        // A wrong identity answers like an unknown case, so the query tells nothing about other people's cases.
        if (file is null || !string.Equals(file.Applicant.IdNumber, identity.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return CaseNotFound(caseId);
        }

        var bundle = services.Bundles.Get(file.BundleCode);
        var snapshot = CaseClock.At(file, bundle.Policy, services.Clock, clock.GetCurrentInstant());
        var open = await desk.Workflow.OpenTasksAsync(caseId, cancellationToken).ConfigureAwait(false);
        Instant? suspendedAt;
        await using (var context = contexts())
        {
            suspendedAt = await context.Instances.AsNoTracking().Where(i => i.Id == caseId).Select(i => i.SuspendedAt).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        }

        return Results.Ok(new CaseStatusView(
            file.Id, bundle.Name, file.Status.ToString(), Iso.Format(file.ReceivedAt), snapshot.ToString(), [.. open.Select(t => t.Name ?? t.NodeId)], suspendedAt is { } since ? Iso.Format(since) : null));
    }

    private static IResult CaseNotFound(string caseId) =>
        Problems.Of(StatusCodes.Status404NotFound, "case.not-found", $"办件 {caseId} 不存在，或证件号码与办件不符。");
}
