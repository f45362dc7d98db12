using System.Text;
using GovWorkflow.Engine.Execution;
using GovWorkflow.Engine.Model;
using GovWorkflow.Engine.Parsing;
using GovWorkflow.Runtime.Definitions;
using GovWorkflow.Runtime.Persistence;
using GovWorkflow.Server.Auth;
using GovWorkflow.Server.Hosting;
using Microsoft.EntityFrameworkCore;

namespace GovWorkflow.Server.Definitions;

/// <summary>Workflow definitions: list, BPMN XML, upload a draft, publish, versions, retire (designers and administrators).</summary>
public static class DefinitionEndpoints
{
    /// <summary>The largest BPMN file accepted, in bytes.</summary>
    public const int MaxBpmnBytes = 2 * 1024 * 1024;

    /// <summary>Maps the endpoints under <c>/api/definitions</c>.</summary>
    public static void MapDefinitions(this IEndpointRouteBuilder app)
    {
        var definitions = app.MapGroup("/api/definitions").WithTags("流程定义").RequireAuthorization(Policies.Designer);
        definitions.MapGet("/", ListAsync).WithSummary("流程定义列表（每个流程的最新版本）");
        definitions.MapGet("/{processId}/versions", VersionsAsync).WithSummary("流程的全部版本");
        definitions.MapGet("/{processId}/versions/{version:int}/bpmn", BpmnAsync).WithSummary("某一版本的 BPMN XML");
        definitions.MapPost("/", UploadAsync).WithSummary("上传草稿（请求体为 BPMN XML）");
        definitions.MapPost("/validate", ValidateAsync).WithSummary("校验 BPMN XML 能否执行（不保存），逐条列出问题（行、列、元素 id、代码）");
        definitions.MapPost("/{processId}/versions/{version:int}/publish", PublishAsync).WithSummary("发布草稿");
        definitions.MapPost("/{processId}/versions/{version:int}/retire", RetireAsync).WithSummary("停用已发布版本");
    }

    private static async Task<IResult> ListAsync(Func<RuntimeDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var context = contexts();
        var all = await context.Definitions.AsNoTracking().OrderBy(d => d.ProcessId).ThenByDescending(d => d.Version).ToListAsync(cancellationToken).ConfigureAwait(false);
        return Results.Ok(all.GroupBy(d => d.ProcessId, StringComparer.Ordinal).Select(g => DefinitionView.Of(g.First())).ToList());
    }

    private static async Task<IResult> VersionsAsync(string processId, Func<RuntimeDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var context = contexts();
        var versions = await context.Definitions.AsNoTracking().Where(d => d.ProcessId == processId).OrderByDescending(d => d.Version).ToListAsync(cancellationToken).ConfigureAwait(false);
        return versions.Count == 0 ? NotFound(processId, null) : Results.Ok(versions.Select(DefinitionView.Of).ToList());
    }

    private static async Task<IResult> BpmnAsync(string processId, int version, Func<RuntimeDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var context = contexts();
        var xml = await context.Definitions.AsNoTracking().Where(d => d.ProcessId == processId && d.Version == version).Select(d => d.BpmnXml).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return xml is null ? NotFound(processId, version) : Results.Text(xml, "application/xml", Encoding.UTF8);
    }

    private static async Task<IResult> UploadAsync(HttpRequest request, DefinitionService definitions, HttpContext http, CancellationToken cancellationToken)
    {
        if (request.ContentLength is > MaxBpmnBytes)
        {
            return Problems.Of(StatusCodes.Status413PayloadTooLarge, "request.bpmn-too-large", $"BPMN 文件不能超过 {MaxBpmnBytes / 1024 / 1024} MB。");
        }

        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var xml = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(xml) || xml.Length > MaxBpmnBytes)
        {
            return Problems.Of(StatusCodes.Status400BadRequest, "request.bpmn-missing", "请求体应为 BPMN 2.0 XML，且不超过 2 MB。");
        }

        var fileName = request.Query["fileName"].ToString() is { Length: > 0 } named ? Path.GetFileName(named) : "upload.bpmn";
        var result = await definitions.UploadDraftAsync(xml, fileName, CurrentUser.From(http.User).Id, cancellationToken).ConfigureAwait(false);
        return result.Definition is { } saved
            ? Results.Created($"/api/definitions/{saved.ProcessId}/versions/{saved.Version}/bpmn", DefinitionView.Of(saved))
            : Invalid(result.Problems);
    }

    private static async Task<IResult> ValidateAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var xml = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(xml) || xml.Length > MaxBpmnBytes)
        {
            return Problems.Of(StatusCodes.Status400BadRequest, "request.bpmn-missing", "请求体应为 BPMN 2.0 XML，且不超过 2 MB。");
        }

        var fileName = request.Query["fileName"].ToString() is { Length: > 0 } named ? Path.GetFileName(named) : "upload.bpmn";
        var parsed = BpmnParser.Parse(xml, fileName);
        var compiled = parsed.Document is { } document && parsed.Problems.Count == 0 ? ProcessCompiler.Compile(document) : null;
        var problems = parsed.Problems.Concat(compiled?.Problems ?? []).ToList();
        return Results.Ok(new
        {
            valid = problems.Count == 0 && compiled?.Process is not null,
            process = compiled?.Process?.Id,
            problems = problems.Select(p => new { p.Code, p.Message, p.Line, p.Column, p.ElementId }).ToList(),
        });
    }

    private static async Task<IResult> PublishAsync(string processId, int version, DefinitionService definitions, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await definitions.PublishDraftAsync(processId, version, CurrentUser.From(http.User).Id, cancellationToken).ConfigureAwait(false);
        return result.Definition is { } published ? Results.Ok(DefinitionView.Of(published)) : Invalid(result.Problems);
    }

    private static async Task<IResult> RetireAsync(string processId, int version, DefinitionService definitions, HttpContext http, CancellationToken cancellationToken)
    {
        var retired = await definitions.RetireAsync(processId, version, CurrentUser.From(http.User).Id, cancellationToken).ConfigureAwait(false);
        return retired
            ? Results.NoContent()
            : Problems.Of(StatusCodes.Status409Conflict, "definition.not-published", $"流程 {processId} 的版本 {version} 不存在或不是已发布版本，不能停用。");
    }

    private static IResult NotFound(string processId, int? version) => Problems.Of(
        StatusCodes.Status404NotFound, "definition.not-found", version is null ? $"流程 {processId} 不存在。" : $"流程 {processId} 的版本 {version} 不存在。");

    private static IResult Invalid(IReadOnlyList<BpmnProblem> problems) => Problems.Of(
        StatusCodes.Status422UnprocessableEntity,
        problems.Count > 0 ? problems[0].Code : "definition.invalid",
        $"流程定义有 {problems.Count} 处问题：{string.Join("；", problems.Take(5).Select(p => p.Message))}",
        new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["problems"] = problems.Select(p => new { p.Code, p.Message, p.Line, p.Column, p.ElementId }).ToList(),
        });
}
