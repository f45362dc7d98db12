namespace GovWorkflow.Server.Auth;

/// <summary>The roles (岗位) of people.yaml, which are also the candidate groups of user tasks.</summary>
public static class Roles
{
    /// <summary>综合窗口.</summary>
    public const string Clerk = "clerk";

    /// <summary>审批人员.</summary>
    public const string Approver = "approver";

    /// <summary>部门负责人.</summary>
    public const string ApproverHead = "approver-head";

    /// <summary>督办.</summary>
    public const string Supervisor = "supervisor";

    /// <summary>流程设计.</summary>
    public const string Designer = "designer";

    /// <summary>管理员.</summary>
    public const string Admin = "admin";

    /// <summary>申请人.</summary>
    public const string Applicant = "applicant";

    /// <summary>Every role of civil servants (everyone but applicants).</summary>
    public static IReadOnlyList<string> Staff { get; } = [Clerk, Approver, ApproverHead, Supervisor, Designer, Admin];
}
