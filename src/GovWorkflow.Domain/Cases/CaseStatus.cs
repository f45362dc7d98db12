namespace GovWorkflow.Domain.Cases;

/// <summary>Where a case stands, as the applicant and the supervisor see it.</summary>
public enum CaseStatus
{
    /// <summary>已收件: received, materials under check.</summary>
    Received,

    /// <summary>待补正: a correction notice is out.</summary>
    AwaitingCorrection,

    /// <summary>已受理: the statutory clock runs.</summary>
    Accepted,

    /// <summary>不予受理.</summary>
    Refused,

    /// <summary>视为撤回: the applicant did not correct in time, or withdrew.</summary>
    Withdrawn,

    /// <summary>已撤销: 容缺 materials not supplied in time.</summary>
    Revoked,

    /// <summary>已决定: granted or refused, awaiting certificate and delivery.</summary>
    Decided,

    /// <summary>已出件.</summary>
    Delivered,

    /// <summary>许可已撤销: a 告知承诺 post-check found the commitment false.</summary>
    DecisionRevoked,
}
