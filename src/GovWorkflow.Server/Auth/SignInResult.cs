using GovWorkflow.Server.Auth.Persistence;

namespace GovWorkflow.Server.Auth;

/// <summary>The answer to a password check: the user, or why not.</summary>
/// <param name="User">The user when the password was right.</param>
/// <param name="Code">Null on success; <c>auth.invalid-credentials</c> or <c>auth.locked-out</c>.</param>
/// <param name="Message">In Chinese, for people.</param>
public sealed record SignInResult(UserRecord? User, string? Code, string? Message)
{
    /// <summary>Whether the password was right and the account open.</summary>
    public bool Succeeded => User is not null;
}
