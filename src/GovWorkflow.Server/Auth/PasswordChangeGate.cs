using GovWorkflow.Server.Hosting;

namespace GovWorkflow.Server.Auth;

/// <summary>
/// Where <see cref="DemoMode.PasswordChangeRequired"/>: a user who must change the password may call only the
/// password change, sign-out and who-am-I; every other API answers 403 <c>auth.password-change-required</c>.
/// </summary>
/// <remarks>
/// The sign-in's claim marks who to check; the user table decides, so the token or cookie in hand works as soon as
/// the password is changed.
/// </remarks>
public sealed class PasswordChangeGate(RequestDelegate next, DemoMode mode, PasswordChange passwords)
{
    /// <summary>The calls such a user may still make.</summary>
    public static IReadOnlyList<string> Allowed { get; } = ["POST /api/auth/password", "POST /api/auth/logout", "GET /api/auth/me"];

    /// <summary>Refuses the call, or runs it.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (mode.PasswordChangeRequired
            && UserPrincipal.MustChangePassword(context.User)
            && context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            && !Allowed.Contains($"{context.Request.Method} {context.Request.Path.Value?.TrimEnd('/')}", StringComparer.OrdinalIgnoreCase)
            && await passwords.IsRequiredAsync(CurrentUser.From(context.User).Id, context.RequestAborted).ConfigureAwait(false))
        {
            await Problems.Of(
                StatusCodes.Status403Forbidden,
                "auth.password-change-required",
                "当前密码为初始（演示）密码，须先修改密码（POST /api/auth/password）才能办理其他业务。").ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        await next(context).ConfigureAwait(false);
    }
}
