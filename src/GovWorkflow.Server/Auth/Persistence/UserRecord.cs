namespace GovWorkflow.Server.Auth.Persistence;

/// <summary>A person who may sign in: a civil servant with roles in a department, or an applicant with an identity number.</summary>
public sealed class UserRecord
{
    /// <summary>Login id, e.g. <c>clerk.wang</c>.</summary>
    public required string Id { get; set; }

    /// <summary>Chinese name.</summary>
    public required string Name { get; set; }

    /// <summary>Department code (事项目录), or null for applicants.</summary>
    public string? Department { get; set; }

    /// <summary>Roles, comma separated (clerk, approver, approver-head, supervisor, designer, admin, applicant).</summary>
    public required string Roles { get; set; }

    /// <summary>For an applicant, the resident ID or credit code they act for.</summary>
    public string? IdNumber { get; set; }

    /// <summary>ASP.NET Core <c>PasswordHasher</c> hash.</summary>
    public required string PasswordHash { get; set; }

    /// <summary>Failed sign-ins since the last success.</summary>
    public int FailedAttempts { get; set; }

    /// <summary>Unix ticks until which sign-in is refused, or null.</summary>
    public long? LockedUntil { get; set; }

    /// <summary>
    /// Whether the user still has a password they did not choose (the demo seed's); outside a demo they may then only
    /// change it.
    /// </summary>
    public bool MustChangePassword { get; set; }

    /// <summary>The roles as a list.</summary>
    public IReadOnlyList<string> RoleList => Roles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
