using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace GovWorkflow.Server.Auth;

/// <summary>Cookie authentication for browsers and ASP.NET Core's bearer tokens for API clients, chosen per request.</summary>
public static class AuthenticationSetup
{
    /// <summary>The scheme that forwards to the cookie or the bearer scheme.</summary>
    public const string Scheme = "govwf";

    /// <summary>The cookie's name.</summary>
    public const string CookieName = "govwf.auth";

    /// <summary>Adds both schemes and the policies.</summary>
    public static IServiceCollection AddGovWorkflowAuth(this IServiceCollection services)
    {
        services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "Cookie 或 Bearer", options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? BearerTokenDefaults.AuthenticationScheme
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.Cookie.Name = CookieName;
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = true;
                // An API answers 401 and 403; it does not redirect to a login page.
                options.Events.OnRedirectToLogin = context => Status(context.Response, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = context => Status(context.Response, StatusCodes.Status403Forbidden);
            })
            .AddBearerToken(options => options.BearerTokenExpiration = TimeSpan.FromHours(1));
        services.AddAuthorization(Policies.Add);
        return services;
    }

    private static Task Status(HttpResponse response, int status)
    {
        response.StatusCode = status;
        return Task.CompletedTask;
    }
}
