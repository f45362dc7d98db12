namespace GovWorkflow.Domain.Deadlines;

/// <summary>预警等级: how close a running clock is to its due instant.</summary>
public enum WarningLevel
{
    /// <summary>正常: below the blue threshold.</summary>
    Normal,

    /// <summary>蓝色预警: the blue fraction of the limit is used.</summary>
    Blue,

    /// <summary>黄色预警: the yellow fraction of the limit is used; the due instant has not passed.</summary>
    Yellow,

    /// <summary>红色 (超期): the due instant has passed.</summary>
    Red,
}
