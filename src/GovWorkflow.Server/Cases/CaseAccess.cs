using GovWorkflow.Domain.Bundles;
using GovWorkflow.Domain.Cases;
using GovWorkflow.Domain.Catalog;
using GovWorkflow.Server.Auth;
using GovWorkflow.Server.Hosting;
using GovWorkflow.Server.Supervision;

namespace GovWorkflow.Server.Cases;

/// <summary>Who may see or act on a case besides the workflow's own candidates.</summary>
public static class CaseAccess
{
    /// <summary>Whether the user is an applicant acting for the case's applicant.</summary>
    public static bool IsApplicantOf(CurrentUser user, CaseFile file)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(file);
        return user.HasRole(Roles.Applicant) && string.Equals(user.IdNumber, file.Applicant.IdNumber, StringComparison.Ordinal);
    }

    /// <summary>
    /// Whether the user may see the case's files: its applicant, an administrator, an approver of one of the case's
    /// departments (those of its bundle's items), or a clerk or supervisor whose department oversees one of them
    /// (<see cref="SupervisedDepartments"/>: the 政务服务管理局 of the region, its window included).
    /// </summary>
    public static bool MaySee(CurrentUser user, CaseFile file, ServiceBundle bundle, ItemCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(bundle);
        ArgumentNullException.ThrowIfNull(catalog);
        if (IsApplicantOf(user, file) || user.HasRole(Roles.Admin))
        {
            return true;
        }

        if (user.Department is not { } department)
        {
            return false;
        }

        var departments = bundle.Items.Select(i => i.Item.DepartmentCode).ToHashSet(StringComparer.Ordinal);
        if ((user.HasRole(Roles.Approver) || user.HasRole(Roles.ApproverHead)) && departments.Contains(department))
        {
            return true;
        }

        return (user.HasRole(Roles.Clerk) || user.HasRole(Roles.Supervisor)) && SupervisedDepartments.Of(catalog, department).Overlaps(departments);
    }

    /// <summary>Whether the case is over: refused, withdrawn, revoked, delivered or its licence revoked.</summary>
    public static bool HasEnded(CaseStatus status) =>
        status is CaseStatus.Refused or CaseStatus.Withdrawn or CaseStatus.Revoked or CaseStatus.Delivered or CaseStatus.DecisionRevoked;

    /// <summary>The 403 for a user who is not the case's applicant (nor staff allowed here).</summary>
    public static IResult NotYours() => Problems.Of(StatusCodes.Status403Forbidden, "case.not-yours", "只能办理本人（本单位）申请的办件，或由窗口人员代为办理。");

    /// <summary>The 404 of an unknown case.</summary>
    public static IResult NotFound(string caseId) => Problems.Of(StatusCodes.Status404NotFound, "case.not-found", $"办件 {caseId} 不存在。");
}
