namespace GovWorkflow.Domain.Catalog;

/// <summary>Whether a material is essential to the decision or supporting.</summary>
/// <remarks>Only secondary materials may be missing at acceptance under 容缺受理; a missing primary one means 不予受理 or a correction notice.</remarks>
public enum MaterialImportance
{
    /// <summary>主要材料.</summary>
    Primary,

    /// <summary>次要材料.</summary>
    Secondary,
}
