using GovWorkflow.Activities.Cases;
using GovWorkflow.Domain.Catalog;
using GovWorkflow.Server.Auth;
using GovWorkflow.Server.Auth.Persistence;
using GovWorkflow.Server.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Results = Microsoft.AspNetCore.Http.Results;

namespace GovWorkflow.Server.Cases;

/// <summary>Material files of a case: upload (补正, 补齐容缺材料), list and download.</summary>
public static partial class MaterialEndpoints
{
    /// <summary>Maps the endpoints under <c>/api/cases/{caseId}/materials</c>.</summary>
    public static void MapMaterials(this RouteGroupBuilder cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        cases.MapPost("/{caseId}/materials", UploadAsync).RequireAuthorization(Policies.SignedIn).WithSummary("上传材料（multipart：字段名为“事项编码/材料编码”；本案申请人或办件所涉部门范围内的窗口人员）");
        cases.MapGet("/{caseId}/materials", ListAsync).RequireAuthorization(Policies.SignedIn).WithSummary("办件的已上传材料（办件所涉部门范围内的工作人员，或本案申请人）");
        cases.MapGet("/{caseId}/materials/{fileId:long}/content", DownloadAsync).RequireAuthorization(Policies.SignedIn).WithSummary("下载材料文件（办件所涉部门范围内的工作人员，或本案申请人；校验 SHA-256）");
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

        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidDataException)
        {
            return Problems.Of(StatusCodes.Status400BadRequest, "request.multipart-invalid", "multipart/form-data 请求体格式有误或超出表单限制（分段数、字段长度）：请检查文件个数与表单格式。");
        }

        if (form.Files.Count == 0)
        {
            return Problems.Of(StatusCodes.Status400BadRequest, "request.files-missing", "请求中没有文件。");
        }

        var (files, problem) = await uploads.ReadAsync(file, form.Files, cancellationToken).ConfigureAwait(false);
        return problem ?? await uploads.AcceptAsync(file, user, files, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IResult> ListAsync(string caseId, HttpContext http, CaseServices services, ItemCatalog catalog, Func<ServerDbContext> contexts, CancellationToken cancellationToken)
    {
        if (await VisibleAsync(caseId, http, services, catalog, cancellationToken).ConfigureAwait(false) is { } problem)
        {
            return problem;
        }

        await using var context = contexts();
        var rows = await context.MaterialFiles.AsNoTracking().Where(f => f.CaseId == caseId).OrderBy(f => f.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        return Results.Ok(rows.Select(MaterialFileView.Of).ToList());
    }

    private static async Task<IResult> DownloadAsync(
        string caseId, long fileId, HttpContext http, CaseServices services, ItemCatalog catalog, Func<ServerDbContext> contexts, MaterialStorage storage, ILoggerFactory logs, CancellationToken cancellationToken)
    {
        if (await VisibleAsync(caseId, http, services, catalog, cancellationToken).ConfigureAwait(false) is { } problem)
        {
            return problem;
        }

        MaterialFileRecord? row;
        await using (var context = contexts())
        {
            row = await context.MaterialFiles.AsNoTracking().SingleOrDefaultAsync(f => f.Id == fileId && f.CaseId == caseId, cancellationToken).ConfigureAwait(false);
        }

        if (row is null)
        {
            return Problems.Of(StatusCodes.Status404NotFound, "material.not-found", $"办件 {caseId} 没有编号为 {fileId} 的材料文件。");
        }

        var content = await storage.OpenVerifiedAsync(row.StoredName, row.Size, row.Sha256, cancellationToken).ConfigureAwait(false);
        if (content is null)
        {
            LogCorrupted(logs.CreateLogger(typeof(MaterialEndpoints)), caseId, row.Id, row.StoredName);
            return Problems.Of(StatusCodes.Status500InternalServerError, "material.corrupted", $"材料文件“{row.OriginalName}”已缺失或与上传时的内容不一致（SHA-256 校验未通过），不予下载：请联系窗口重新上传。");
        }

        http.Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        http.Response.Headers.CacheControl = "private, no-cache";
        // fileDownloadName makes "attachment; filename=<ASCII>; filename*=UTF-8''<RFC 5987>" for Chinese names.
        return Results.Stream(content, row.ContentType, fileDownloadName: row.OriginalName, entityTag: new EntityTagHeaderValue($"\"{row.Sha256}\""));
    }

    /// <summary>The problem to answer when the case is unknown or not the caller's to see; null when visible.</summary>
    private static async Task<IResult?> VisibleAsync(string caseId, HttpContext http, CaseServices services, ItemCatalog catalog, CancellationToken cancellationToken)
    {
        var file = await services.Store.FindCaseAsync(caseId, cancellationToken).ConfigureAwait(false);
        if (file is null)
        {
            return CaseAccess.NotFound(caseId);
        }

        // Files hold identity papers: designers, staff though they are, do not see them.
        return CaseAccess.Refusal(CurrentUser.From(http.User), file, services, catalog, u => u.IsStaff && !u.Roles.All(r => r == Roles.Designer));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "材料文件校验失败（缺失或 SHA-256 不符）：办件 {CaseId} 文件 {FileId} 存储名 {StoredName}")]
    private static partial void LogCorrupted(ILogger logger, string caseId, long fileId, string storedName);
}
