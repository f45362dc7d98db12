using GovWorkflow.Server.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace GovWorkflow.Server.Auth;

/// <summary>Sign-in (cookie or bearer token), sign-out, who am I, and changing one's password.</summary>
public static class AuthEndpoints
{
    /// <summary>Maps the endpoints under <c>/api/auth</c>.</summary>
    public static void MapAuth(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("登录");
        auth.MapPost("/login", LoginAsync).AllowAnonymous().WithSummary("登录（Cookie）");
        auth.MapPost("/token", TokenAsync).AllowAnonymous().WithSummary("登录（Bearer 令牌）");
        auth.MapPost("/logout", (Delegate)LogoutAsync).RequireAuthorization(Policies.SignedIn).WithSummary("退出登录");
        auth.MapGet("/me", (HttpContext context, DemoMode mode) => Results.Ok(UserView.Of(context.User, mode))).RequireAuthorization(Policies.SignedIn).WithSummary("当前用户");
        auth.MapPost("/password", ChangePasswordAsync).RequireAuthorization(Policies.SignedIn).WithSummary("修改本人密码（当前密码 + 新密码；至少 10 位，含字母和数字）");
    }

    private static async Task<IResult> ChangePasswordAsync(PasswordChangeRequest request, PasswordChange passwords, HttpContext context, CancellationToken cancellationToken)
    {
        if (request is null || string.IsNullOrEmpty(request.CurrentPassword) || string.IsNullOrEmpty(request.NewPassword))
        {
            return Problems.Of(StatusCodes.Status400BadRequest, "request.password-incomplete", "请填写当前密码（currentPassword）和新密码（newPassword）。");
        }

        var user = CurrentUser.From(context.User);
        return await passwords.ChangeAsync(user.Id, request.CurrentPassword, request.NewPassword, cancellationToken).ConfigureAwait(false) ?? Results.NoContent();
    }

    private static async Task<IResult> LoginAsync(LoginRequest request, PasswordSignIn signIn, DemoMode mode, HttpContext context, CancellationToken cancellationToken)
    {
        var checkedIn = await CheckAsync(request, signIn, cancellationToken).ConfigureAwait(false);
        if (checkedIn.Problem is { } problem)
        {
            return problem;
        }

        var principal = UserPrincipal.Create(checkedIn.Result!.User!, CookieAuthenticationDefaults.AuthenticationScheme);
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal).ConfigureAwait(false);
        return Results.Ok(UserView.Of(principal, mode));
    }

    private static async Task<IResult> TokenAsync(LoginRequest request, PasswordSignIn signIn, CancellationToken cancellationToken)
    {
        var checkedIn = await CheckAsync(request, signIn, cancellationToken).ConfigureAwait(false);
        return checkedIn.Problem ?? Results.SignIn(UserPrincipal.Create(checkedIn.Result!.User!, BearerTokenDefaults.AuthenticationScheme), authenticationScheme: BearerTokenDefaults.AuthenticationScheme);
    }

    private static async Task<IResult> LogoutAsync(HttpContext context)
    {
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme).ConfigureAwait(false);
        return Results.NoContent();
    }

    private static async Task<(SignInResult? Result, IResult? Problem)> CheckAsync(LoginRequest? request, PasswordSignIn signIn, CancellationToken cancellationToken)
    {
        if (request is null || string.IsNullOrWhiteSpace(request.UserId) || string.IsNullOrEmpty(request.Password))
        {
            return (null, Problems.Of(StatusCodes.Status400BadRequest, "request.login-incomplete", "请填写用户名和密码。"));
        }

        var result = await signIn.CheckAsync(request.UserId, request.Password, cancellationToken).ConfigureAwait(false);
        if (result.Succeeded)
        {
            return (result, null);
        }

        var status = result.Code == "auth.locked-out" ? StatusCodes.Status423Locked : StatusCodes.Status401Unauthorized;
        return (null, Problems.Of(status, result.Code!, result.Message!));
    }
}
