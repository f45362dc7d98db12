namespace GovWorkflow.Domain.People;

/// <summary>A user of the platform: a civil servant with roles in a department, or an applicant with an identity number.</summary>
/// <param name="Id">Login id, e.g. <c>clerk.wang</c>.</param>
/// <param name="Name">Chinese name.</param>
/// <param name="Department">Department code, or null for applicants.</param>
/// <param name="Roles">Roles (岗位), which are also the candidate groups of user tasks: clerk, approver, approver-head, supervisor, designer, admin, applicant.</param>
/// <param name="IdNumber">For an applicant, the resident ID or credit code they act for.</param>
public sealed record Person(string Id, string Name, string? Department, IReadOnlyList<string> Roles, string? IdNumber = null)
{
    /// <summary>Whether the person has the role.</summary>
    public bool HasRole(string role) => Roles.Contains(role, StringComparer.Ordinal);
}
