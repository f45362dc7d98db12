using System.Text.Json;
using GovWorkflow.Runtime.Persistence;
using GovWorkflow.Server.Hosting;
using GovWorkflow.Server.Tasks;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace GovWorkflow.Server.Audit;

/// <summary>Writes one audit line (<c>request.refused</c>) for every state-changing API call the server refused.</summary>
/// <remarks>
/// A refusal is a 4xx answer other than 401 to a POST, PUT, PATCH or DELETE under <c>/api</c>: the framework's 403
/// and 404 as well as the endpoints' own problems. It runs outside the status-code pages, so the code of a problem the
/// framework fills in is known when the line is written. The line names the user (or <c>anonymous</c>), the route
/// pattern, the status, the problem code and the case or task of the route; for a task, the instance is its own.
/// </remarks>
public sealed partial class RefusalAudit(RequestDelegate next, Func<RuntimeDbContext> contexts, IClock clock, ILogger<RefusalAudit> logger)
{
    /// <summary>The audit action of a refusal.</summary>
    public const string Action = "request.refused";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Runs the request, then audits it if it changed state and was refused.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        await next(context).ConfigureAwait(false);
        if (IsRefusedChange(context))
        {
            await WriteAsync(context).ConfigureAwait(false);
        }
    }

    /// <summary>Whether the call was a state-changing API call answered with a refusal.</summary>
    public static bool IsRefusedChange(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        var status = context.Response.StatusCode;
        var changing = HttpMethods.IsPost(request.Method) || HttpMethods.IsPut(request.Method) || HttpMethods.IsPatch(request.Method) || HttpMethods.IsDelete(request.Method);
        return changing && request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            && status is >= 400 and < 500 && status != StatusCodes.Status401Unauthorized;
    }

    private async Task WriteAsync(HttpContext context)
    {
        var user = context.User.Identity?.IsAuthenticated == true ? Auth.CurrentUser.From(context.User).Id : "anonymous";
        var route = context.GetEndpoint() is RouteEndpoint endpoint ? endpoint.RoutePattern.RawText : null;
        var values = context.Request.RouteValues;
        var caseId = values.TryGetValue("caseId", out var c) ? c?.ToString() : null;
        var taskId = values.TryGetValue("taskId", out var t) && long.TryParse(t?.ToString(), System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : (long?)null;
        var line = new RefusalLine(
            $"{context.Request.Method} {route ?? context.Request.Path.ToString()}",
            context.Response.StatusCode,
            Problems.CodeOf(context),
            caseId,
            taskId);
        try
        {
            await using var log = contexts();
            var instance = caseId;
            if (taskId is { } task)
            {
                instance = await log.Tasks.AsNoTracking().Where(r => r.Id == task).Select(r => r.InstanceId).FirstOrDefaultAsync(CancellationToken.None).ConfigureAwait(false);
                line = line with { CaseId = instance is null ? null : CaseTasks.RootCase(instance) };
            }

            log.Audit.Add(new AuditRecord
            {
                InstanceId = Truncate(instance),
                Actor = Truncate(user)!,
                Action = Action,
                At = clock.GetCurrentInstant(),
                Detail = JsonSerializer.Serialize(line, Options),
            });
            await log.SaveChangesAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (DbUpdateException e)
        {
            // The answer is already written; a lost audit line must not turn it into a server error.
            LogLost(e, line.Route, line.Code);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "拒绝记录未能写入审计日志：{Route} {Code}")]
    private partial void LogLost(Exception exception, string route, string? code);

    private static string? Truncate(string? text) => text is { Length: > 100 } ? text[..100] : text;
}
