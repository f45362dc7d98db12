using System.Security.Claims;
using GovWorkflow.Server.Auth.Persistence;

namespace GovWorkflow.Server.Auth;

/// <summary>The claims a signed-in user carries: id, name, one role claim per role, department, identity number, and whether the password must be changed.</summary>
public static class UserPrincipal
{
    /// <summary>The claim of a user who signed in with a password they must still change.</summary>
    public const string MustChangePasswordClaim = "must_change_password";

    /// <summary>The principal of <paramref name="user"/> for <paramref name="scheme"/>.</summary>
    public static ClaimsPrincipal Create(UserRecord user, string scheme)
    {
        ArgumentNullException.ThrowIfNull(user);
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Id),
            new(ClaimTypes.Name, user.Id),
            new(CurrentUser.DisplayNameClaim, user.Name),
        };
        claims.AddRange(user.RoleList.Select(r => new Claim(ClaimTypes.Role, r)));
        if (user.Department is { } department)
        {
            claims.Add(new Claim(CurrentUser.DepartmentClaim, department));
        }

        if (user.IdNumber is { } idNumber)
        {
            claims.Add(new Claim(CurrentUser.IdNumberClaim, idNumber));
        }

        if (user.MustChangePassword)
        {
            claims.Add(new Claim(MustChangePasswordClaim, "true"));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    /// <summary>Whether the principal was signed in while its password had still to be changed.</summary>
    public static bool MustChangePassword(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        return principal.HasClaim(MustChangePasswordClaim, "true");
    }
}
