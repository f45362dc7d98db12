namespace GovWorkflow.Server.Auth;

/// <summary>A sign-in: login id and password.</summary>
/// <param name="UserId">Login id, e.g. <c>clerk.wang</c>.</param>
/// <param name="Password">Password.</param>
public sealed record LoginRequest(string UserId, string Password);
