using GovWorkflow.Activities.Cases;
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
    /// Whether a staff member's department oversees one of the departments of the case's bundle
    /// (<see cref="SupervisedDepartments"/>: its own subtree, a 政务服务管理局 its region); administrators reach every case.
    /// </summary>
    /// <remarks>The same rule as the supervision statistics' bundle scope, so a window or a bureau acts on the cases it could be asked about.</remarks>
    public static bool InDepartmentScope(CurrentUser user, CaseFile file, CaseServices services, ItemCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(services);
        if (user.HasRole(Roles.Admin))
        {
            return true;
        }

        var bundle = services.Bundles.All.FirstOrDefault(b => string.Equals(b.Code, file.BundleCode, StringComparison.Ordinal));
        if (user.Department is not { } department || bundle is null)
        {
            return false;
        }

        var scope = SupervisedDepartments.Of(catalog, department);
        return bundle.Items.Any(i => scope.Contains(i.Item.DepartmentCode));
    }

    /// <summary>The 403 for staff whose department does not reach the case.</summary>
    public static IResult OtherDepartment(string caseId) =>
        Problems.Of(StatusCodes.Status403Forbidden, "case.other-department", $"办件 {caseId} 不在本部门（或所督办部门）的办理范围内。");

    /// <summary>
    /// The refusal for a signed-in user who may not see or act on the case, or null: the case's applicant may; staff
    /// (those with <paramref name="staffMay"/>) only within their department's reach.
    /// </summary>
    public static IResult? Refusal(CurrentUser user, CaseFile file, CaseServices services, ItemCatalog catalog, Func<CurrentUser, bool> staffMay)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(staffMay);
        return IsApplicantOf(user, file) ? null
            : !staffMay(user) ? NotYours()
            : !InDepartmentScope(user, file, services, catalog) ? OtherDepartment(file.Id)
            : null;
    }

    /// <summary>Whether the case is over: refused, withdrawn, revoked, delivered or its licence revoked.</summary>
    public static bool HasEnded(CaseStatus status) =>
        status is CaseStatus.Refused or CaseStatus.Withdrawn or CaseStatus.Revoked or CaseStatus.Delivered or CaseStatus.DecisionRevoked;

    /// <summary>The 403 for a user who is not the case's applicant (nor staff allowed here).</summary>
    public static IResult NotYours() => Problems.Of(StatusCodes.Status403Forbidden, "case.not-yours", "只能办理本人（本单位）申请的办件，或由窗口人员代为办理。");

    /// <summary>The 404 of an unknown case.</summary>
    public static IResult NotFound(string caseId) => Problems.Of(StatusCodes.Status404NotFound, "case.not-found", $"办件 {caseId} 不存在。");
}
