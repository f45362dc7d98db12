namespace GovWorkflow.Domain.Cases;

/// <summary>Where one required material of a case stands.</summary>
public enum MaterialState
{
    /// <summary>已提交.</summary>
    Submitted,

    /// <summary>免提交: an electronic licence the applicant holds covers it.</summary>
    Exempted,

    /// <summary>缺少.</summary>
    Missing,

    /// <summary>不符合要求: handed in but defective; listed in the correction notice.</summary>
    Defective,

    /// <summary>容缺后补齐.</summary>
    Supplied,
}
