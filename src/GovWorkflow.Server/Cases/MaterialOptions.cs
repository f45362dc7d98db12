namespace GovWorkflow.Server.Cases;

/// <summary>Uploaded materials (configuration section <c>Materials</c>).</summary>
/// <remarks>The files lie in the <c>materials</c> folder under the database's <c>Database:DataFolder</c>.</remarks>
public sealed class MaterialOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string SectionName = "Materials";

    /// <summary>The largest file accepted, in bytes. Default 10 MB (10485760); 1 KB to 100 MB.</summary>
    public long MaxFileBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Every problem with these settings, naming the key; empty when usable.</summary>
    public IReadOnlyList<string> Validate() =>
        MaxFileBytes is < 1024 or > 100 * 1024 * 1024 ? ["Materials:MaxFileBytes 应在 1024 到 104857600 字节之间（默认 10485760，即 10 MB）。"] : [];
}
