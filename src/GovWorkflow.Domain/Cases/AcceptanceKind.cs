namespace GovWorkflow.Domain.Cases;

/// <summary>How a case came to be accepted.</summary>
public enum AcceptanceKind
{
    /// <summary>齐全受理: materials complete.</summary>
    Regular,

    /// <summary>视为受理: no correction notice within 5 days of receipt (行政许可法 Art. 32).</summary>
    Deemed,

    /// <summary>容缺受理: tolerable materials to follow.</summary>
    Tolerant,
}
