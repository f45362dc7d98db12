namespace GovWorkflow.Server.Cases;

/// <summary>撤回申请.</summary>
/// <param name="Reason">Why, in the applicant's words; required.</param>
public sealed record WithdrawRequest(string? Reason);
