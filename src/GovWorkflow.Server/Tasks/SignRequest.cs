namespace GovWorkflow.Server.Tasks;

/// <summary>签署: an added signer's opinion.</summary>
/// <param name="Agreed">Whether the signer agrees; required.</param>
/// <param name="Comment">The opinion; required when the signer does not agree.</param>
public sealed record SignRequest(bool? Agreed, string? Comment);
