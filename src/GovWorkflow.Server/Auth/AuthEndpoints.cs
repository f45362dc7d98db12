using GovWorkflow.Server.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace GovWorkflow.Server.Auth;

/// <summary>Sign-in (cookie or bearer token), sign-out and who am I.</summary>
public static class AuthEndpoints
{
    /// <summary>Maps the endpoints under <c>/api/auth</c>.</summary>
    public static void MapAuth(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("登录");
        auth.MapPost("/login", LoginAsync).AllowAnonymous().WithSummary("登录（Cookie）");
        auth.MapPost("/token", TokenAsync).AllowAnonymous().WithSummary("登录（Bearer 令牌）");
        auth.MapPost("/logout", (Delegate)LogoutAsync).RequireAuthorization(Policies.SignedIn).WithSummary("退出登录");
        auth.MapGet("/me", (HttpContext context) => Results.Ok(UserView.Of(CurrentUser.From(context.User)))).RequireAuthorization(Policies.SignedIn).WithSummary("当前用户");
    }

    private static async Task<IResult> LoginAsync(LoginRequest request, PasswordSignIn signIn, HttpContext context, CancellationToken cancellationToken)
    {
        var checkedIn = await CheckAsync(request, signIn, cancellationToken).ConfigureAwait(false);
        if (checkedIn.Problem is { } problem)
        {
            return problem;
        }

        var principal = UserPrincipal.Create(checkedIn.Result!.User!, CookieAuthenticationDefaults.AuthenticationScheme);
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal).ConfigureAwait(false);
        return Results.Ok(UserView.Of(CurrentUser.From(principal)));
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
