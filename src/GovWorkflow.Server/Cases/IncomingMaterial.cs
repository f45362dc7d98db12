namespace GovWorkflow.Server.Cases;

/// <summary>An uploaded file that passed the checks, not yet stored.</summary>
/// <param name="Key">The material key, <c>ITEM/code</c>.</param>
/// <param name="FileName">The uploader's file name, sanitised.</param>
/// <param name="Type">The detected type.</param>
/// <param name="Content">The bytes.</param>
/// <param name="Sha256">SHA-256 of the bytes, lower-case hex.</param>
public sealed record IncomingMaterial(string Key, string FileName, MaterialType Type, byte[] Content, string Sha256);
