namespace GovWorkflow.Server.Auth;

/// <summary>Who is signed in, as the API shows it.</summary>
/// <param name="Id">Login id.</param>
/// <param name="Name">Chinese name.</param>
/// <param name="Department">Department code.</param>
/// <param name="Roles">Roles.</param>
/// <param name="MustChangePassword">Whether the user must change the password before anything else (as signed in).</param>
public sealed record UserView(string Id, string Name, string? Department, IReadOnlyList<string> Roles, bool MustChangePassword)
{
    /// <summary>The view of a signed-in principal; <paramref name="mode"/> says whether a password to change blocks anything.</summary>
    public static UserView Of(System.Security.Claims.ClaimsPrincipal principal, Hosting.DemoMode mode)
    {
        ArgumentNullException.ThrowIfNull(mode);
        var user = CurrentUser.From(principal);
        return new UserView(user.Id, user.Name, user.Department, user.Roles, mode.PasswordChangeRequired && UserPrincipal.MustChangePassword(principal));
    }
}
