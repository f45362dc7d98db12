using GovWorkflow.Domain.Cases;
using GovWorkflow.Server.Auth;
using GovWorkflow.Server.Hosting;

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

    /// <summary>Whether the case is over: refused, withdrawn, revoked, delivered or its licence revoked.</summary>
    public static bool HasEnded(CaseStatus status) =>
        status is CaseStatus.Refused or CaseStatus.Withdrawn or CaseStatus.Revoked or CaseStatus.Delivered or CaseStatus.DecisionRevoked;

    /// <summary>The 403 for a user who is not the case's applicant (nor staff allowed here).</summary>
    public static IResult NotYours() => Problems.Of(StatusCodes.Status403Forbidden, "case.not-yours", "只能办理本人（本单位）申请的办件，或由窗口人员代为办理。");

    /// <summary>The 404 of an unknown case.</summary>
    public static IResult NotFound(string caseId) => Problems.Of(StatusCodes.Status404NotFound, "case.not-found", $"办件 {caseId} 不存在。");
}
