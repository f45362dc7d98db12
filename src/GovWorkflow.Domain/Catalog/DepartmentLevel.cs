namespace GovWorkflow.Domain.Catalog;

/// <summary>The administrative level of a department, from the top (省) down to the grass roots (村居).</summary>
/// <remarks>
/// The order of the members is the order of the hierarchy: a department's parent is always on a higher
/// level, which is what rules out cycles and lets supervision escalate upwards.
/// </remarks>
public enum DepartmentLevel
{
    /// <summary>省级.</summary>
    Province,

    /// <summary>市级.</summary>
    City,

    /// <summary>区县级.</summary>
    District,

    /// <summary>街镇级 (街道、乡镇).</summary>
    Subdistrict,

    /// <summary>村居级 (村委会、居委会、社区).</summary>
    Community,
}
