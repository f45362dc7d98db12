using GovWorkflow.Activities.Cases;
using GovWorkflow.Domain.Catalog;
using GovWorkflow.Server.Auth;
using GovWorkflow.Server.Auth.Persistence;
using GovWorkflow.Server.Hosting;
using Microsoft.EntityFrameworkCore;
using Results = Microsoft.AspNetCore.Http.Results;

namespace GovWorkflow.Server.Cases;

/// <summary>Material files of a case: upload (补正, 补齐容缺材料) and list.</summary>
public static class MaterialEndpoints
{
    /// <summary>Maps the endpoints under <c>/api/cases/{caseId}/materials</c>.</summary>
    public static void MapMaterials(this RouteGroupBuilder cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        cases.MapPost("/{caseId}/materials", UploadAsync).RequireAuthorization(Policies.SignedIn).WithSummary("上传材料（multipart：字段名为“事项编码/材料编码”；本案申请人或办件所涉部门范围内的窗口人员）");
        cases.MapGet("/{caseId}/materials", ListAsync).RequireAuthorization(Policies.SignedIn).WithSummary("办件的已上传材料（办件所涉部门范围内的工作人员，或本案申请人）");
    }

    private static async Task<IResult> UploadAsync(string caseId, HttpContext http, CaseServices services, ItemCatalog catalog, MaterialUploads uploads, CancellationToken cancellationToken)
    {
        var file = await services.Store.FindCaseAsync(caseId, cancellationToken).ConfigureAwait(false);
        if (file is null)
        {
            return CaseAccess.NotFound(caseId);
        }

        var user = CurrentUser.From(http.User);
        if (CaseAccess.Refusal(user, file, services, catalog, u => u.HasRole(Roles.Clerk)) is { } refused)
        {
            return refused;
        }

        if (CaseAccess.HasEnded(file.Status))
        {
            return Problems.Of(StatusCodes.Status422UnprocessableEntity, "case.ended", $"办件 {caseId} 已终结，不再接收材料。");
        }

        if (!http.Request.HasFormContentType)
        {
            return Problems.Of(StatusCodes.Status400BadRequest, "request.multipart-required", "请以 multipart/form-data 上传材料：每个文件的字段名为“事项编码/材料编码”。");
        }

        var form = await http.Request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        if (form.Files.Count == 0)
        {
            return Problems.Of(StatusCodes.Status400BadRequest, "request.files-missing", "请求中没有文件。");
        }

        var (files, problem) = await uploads.ReadAsync(file, form.Files, cancellationToken).ConfigureAwait(false);
        return problem ?? await uploads.AcceptAsync(file, user, files, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IResult> ListAsync(string caseId, HttpContext http, CaseServices services, ItemCatalog catalog, Func<ServerDbContext> contexts, CancellationToken cancellationToken)
    {
        var file = await services.Store.FindCaseAsync(caseId, cancellationToken).ConfigureAwait(false);
        if (file is null)
        {
            return CaseAccess.NotFound(caseId);
        }

        if (CaseAccess.Refusal(CurrentUser.From(http.User), file, services, catalog, u => u.IsStaff) is { } refused)
        {
            return refused;
        }

        await using var context = contexts();
        var rows = await context.MaterialFiles.AsNoTracking().Where(f => f.CaseId == caseId).OrderBy(f => f.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        return Results.Ok(rows.Select(MaterialFileView.Of).ToList());
    }
}
