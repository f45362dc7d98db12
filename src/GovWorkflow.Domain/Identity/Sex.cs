namespace GovWorkflow.Domain.Identity;

/// <summary>The sex recorded in a resident identity number (the parity of its order code).</summary>
/// <remarks>Only what the number encodes; it is not a form field and has no "unknown" value because every valid number has one.</remarks>
public enum Sex
{
    /// <summary>男: odd order code.</summary>
    Male,

    /// <summary>女: even order code.</summary>
    Female,
}
