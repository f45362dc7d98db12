using Microsoft.AspNetCore.Authorization;

namespace GovWorkflow.Server.Auth;

/// <summary>The authorization policies; every endpoint names one or is on the anonymous allow-list.</summary>
public static class Policies
{
    /// <summary>Any signed-in user (checks inside the endpoint narrow it).</summary>
    public const string SignedIn = "signed-in";

    /// <summary>Civil servants: every role but applicant.</summary>
    public const string Staff = "staff";

    /// <summary>Window clerks.</summary>
    public const string Clerk = "clerk";

    /// <summary>Approvers (审批人员 and 部门负责人): the department queue.</summary>
    public const string Approver = "approver";

    /// <summary>Process designers and administrators.</summary>
    public const string Designer = "designer";

    /// <summary>Supervisors and administrators.</summary>
    public const string Supervisor = "supervisor";

    /// <summary>Registers the policies; an endpoint that names none still requires a signed-in user.</summary>
    public static void Add(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(SignedIn, p => p.RequireAuthenticatedUser());
        options.AddPolicy(Staff, p => p.RequireRole(Roles.Staff));
        options.AddPolicy(Clerk, p => p.RequireRole(Roles.Clerk));
        options.AddPolicy(Approver, p => p.RequireRole(Roles.Approver, Roles.ApproverHead));
        options.AddPolicy(Designer, p => p.RequireRole(Roles.Designer, Roles.Admin));
        options.AddPolicy(Supervisor, p => p.RequireRole(Roles.Supervisor, Roles.Admin));
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
    }
}
