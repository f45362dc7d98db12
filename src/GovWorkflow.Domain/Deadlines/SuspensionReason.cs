namespace GovWorkflow.Domain.Deadlines;

/// <summary>Why the statutory clock is suspended: the procedures 行政许可法 Art. 45 excludes from the period.</summary>
public enum SuspensionReason
{
    /// <summary>听证.</summary>
    Hearing,

    /// <summary>招标.</summary>
    Tendering,

    /// <summary>拍卖.</summary>
    Auction,

    /// <summary>检验.</summary>
    Inspection,

    /// <summary>检测.</summary>
    Testing,

    /// <summary>检疫.</summary>
    Quarantine,

    /// <summary>鉴定.</summary>
    Appraisal,

    /// <summary>专家评审.</summary>
    ExpertReview,

    /// <summary>现场踏勘 (on-site inspection ordered for the decision; treated as 检验 under Art. 45).</summary>
    SiteInspection,
}
