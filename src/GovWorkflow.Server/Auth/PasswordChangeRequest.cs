namespace GovWorkflow.Server.Auth;

/// <summary>A password change: the password now and the new one.</summary>
/// <param name="CurrentPassword">The password now.</param>
/// <param name="NewPassword">The new password (<see cref="PasswordPolicy"/>).</param>
public sealed record PasswordChangeRequest(string? CurrentPassword, string? NewPassword);
