namespace GovWorkflow.Server.Cases;

/// <summary>Uploaded materials and the size of requests (configuration section <c>Materials</c>).</summary>
/// <remarks>The files lie in the <c>materials</c> folder under the database's <c>Database:DataFolder</c>.</remarks>
public sealed class MaterialOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string SectionName = "Materials";

    private const long Megabyte = 1024 * 1024;

    /// <summary>The largest file accepted, in bytes. Default 10 MB (10485760); 1 KB to 100 MB.</summary>
    public long MaxFileBytes { get; set; } = 10 * Megabyte;

    /// <summary>
    /// The largest request body, in bytes: Kestrel's <c>MaxRequestBodySize</c> and the multipart body limit, for every
    /// request (an upload carries several files). Default 30 MB (31457280, Kestrel's own default); from
    /// <see cref="MaxFileBytes"/> to 200 MB.
    /// </summary>
    public long MaxRequestBytes { get; set; } = 30 * Megabyte;

    /// <summary>Every problem with these settings, naming the key; empty when usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (MaxFileBytes is < 1024 or > 100 * Megabyte)
        {
            problems.Add("Materials:MaxFileBytes 应在 1024 到 104857600 字节之间（默认 10485760，即 10 MB）。");
        }

        if (MaxRequestBytes < MaxFileBytes || MaxRequestBytes > 200 * Megabyte)
        {
            problems.Add("Materials:MaxRequestBytes 应不小于 Materials:MaxFileBytes，且不超过 209715200 字节（默认 31457280，即 30 MB）。");
        }

        return problems;
    }
}
