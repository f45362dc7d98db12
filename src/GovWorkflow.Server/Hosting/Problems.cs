using GovWorkflow.Domain.Errors;

namespace GovWorkflow.Server.Hosting;

/// <summary>RFC 7807 problem details with a stable <c>code</c> and a Chinese title and detail.</summary>
public static class Problems
{
    /// <summary>The extension that carries the stable code.</summary>
    public const string CodeKey = "code";

    /// <summary>The <see cref="HttpContext.Items"/> key under which the code of the problem a request answered is kept.</summary>
    public const string ItemKey = "govwf.problem-code";

    private static readonly string[] Forbidden = ["desk.not-candidate", "desk.not-clerk", "desk.not-allowed", "desk.user-unknown", "task.not-assignee", "task.not-allowed", "task.other-department", "task.not-signer", "task.not-yours", "case.other-department"];

    private static readonly string[] Conflicts = ["runtime.conflict", "runtime.task-closed", "runtime.task-claimed", "task.delegated", "task.not-delegated", "runtime.instance-suspended", "runtime.instance-not-suspended", "task.signers-pending", "task.signer-pending", "engine.instance-ended", "task.withdraw-too-late"];

    /// <summary>A refusal from the desk, the runtime or a rule, with the status its code calls for.</summary>
    public static IResult From(DomainError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return Of(StatusOf(error.Code), error.Code, error.Message);
    }

    /// <summary>A problem with this status, code and detail.</summary>
    public static IResult Of(int status, string code, string detail, IDictionary<string, object?>? extra = null)
    {
        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal) { [CodeKey] = code };
        foreach (var (key, value) in extra ?? new Dictionary<string, object?>(StringComparer.Ordinal))
        {
            extensions[key] = value;
        }

        return Results.Problem(detail: detail, statusCode: status, title: TitleOf(status), extensions: extensions);
    }

    /// <summary>The HTTP status of an error code.</summary>
    public static int StatusOf(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (Conflicts.Contains(code, StringComparer.Ordinal) || code.EndsWith(".exists", StringComparison.Ordinal))
        {
            return StatusCodes.Status409Conflict;
        }

        if (code.EndsWith("not-found", StringComparison.Ordinal))
        {
            return StatusCodes.Status404NotFound;
        }

        if (Forbidden.Contains(code, StringComparer.Ordinal))
        {
            return StatusCodes.Status403Forbidden;
        }

        return code.StartsWith("request.", StringComparison.Ordinal) ? StatusCodes.Status400BadRequest : StatusCodes.Status422UnprocessableEntity;
    }

    /// <summary>The Chinese title of a status.</summary>
    public static string TitleOf(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "请求有误",
        StatusCodes.Status401Unauthorized => "未登录或登录已失效",
        StatusCodes.Status403Forbidden => "无权进行此操作",
        StatusCodes.Status404NotFound => "未找到",
        StatusCodes.Status409Conflict => "办理冲突",
        StatusCodes.Status413PayloadTooLarge => "文件过大",
        StatusCodes.Status415UnsupportedMediaType => "文件类型不受支持",
        StatusCodes.Status422UnprocessableEntity => "不能办理",
        StatusCodes.Status423Locked => "账号已锁定",
        _ => "服务器错误",
    };

    /// <summary>Fills the code, title and detail of problems the framework writes (401 and 403 from authorization, 404 from routing).</summary>
    public static void Customize(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var problem = context.ProblemDetails;
        if (problem.Extensions.TryGetValue(CodeKey, out var existing))
        {
            context.HttpContext.Items[ItemKey] = existing as string;
            return;
        }

        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        problem.Title = TitleOf(status);
        (problem.Extensions[CodeKey], problem.Detail) = status switch
        {
            StatusCodes.Status401Unauthorized => ("auth.unauthenticated", "请先登录（Cookie 或 Bearer 令牌）。"),
            StatusCodes.Status403Forbidden => ("auth.forbidden", "当前用户的岗位或部门无权进行此操作。"),
            StatusCodes.Status404NotFound => ("http.not-found", "请求的地址不存在。"),
            StatusCodes.Status400BadRequest => ("request.invalid", "请求格式有误：请检查请求体与参数。"),
            StatusCodes.Status413PayloadTooLarge => ("request.too-large", "请求体过大。"),
            _ => ("server.error", "服务器处理请求时出错。"),
        };
        context.HttpContext.Items[ItemKey] = problem.Extensions[CodeKey] as string;
    }

    /// <summary>The code of the problem this request answered, if any.</summary>
    public static string? CodeOf(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Items.TryGetValue(ItemKey, out var code) ? code as string : null;
    }
}
