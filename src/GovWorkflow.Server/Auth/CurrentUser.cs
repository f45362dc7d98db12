using System.Security.Claims;
using GovWorkflow.Domain.People;

namespace GovWorkflow.Server.Auth;

/// <summary>The signed-in user as the claims carry them.</summary>
/// <param name="Id">Login id.</param>
/// <param name="Name">Chinese name.</param>
/// <param name="Department">Department code, or null for applicants.</param>
/// <param name="Roles">Roles.</param>
/// <param name="IdNumber">For an applicant, the identity number they act for.</param>
public sealed record CurrentUser(string Id, string Name, string? Department, IReadOnlyList<string> Roles, string? IdNumber)
{
    /// <summary>The claim of the department code.</summary>
    public const string DepartmentClaim = "department";

    /// <summary>The claim of the applicant's identity number.</summary>
    public const string IdNumberClaim = "id_number";

    /// <summary>The claim of the Chinese name.</summary>
    public const string DisplayNameClaim = "display_name";

    /// <summary>Whether the user has the role.</summary>
    public bool HasRole(string role) => Roles.Contains(role, StringComparer.Ordinal);

    /// <summary>Whether the user is a civil servant.</summary>
    public bool IsStaff => Roles.Any(r => Auth.Roles.Staff.Contains(r, StringComparer.Ordinal));

    /// <summary>The user as the desk sees people.</summary>
    public Person ToPerson() => new(Id, Name, Department, Roles, IdNumber);

    /// <summary>Reads the user from a principal the server signed in.</summary>
    public static CurrentUser From(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("登录信息缺少用户编号。");
        return new CurrentUser(
            id,
            principal.FindFirstValue(DisplayNameClaim) ?? id,
            principal.FindFirstValue(DepartmentClaim),
            [.. principal.FindAll(ClaimTypes.Role).Select(c => c.Value)],
            principal.FindFirstValue(IdNumberClaim));
    }
}
