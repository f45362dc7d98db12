namespace GovWorkflow.Server.Cases;

/// <summary>A material file an applicant or a clerk uploaded for a case.</summary>
/// <remarks>The file itself lies under the data folder with <see cref="StoredName"/>, a name the server made; nothing the uploader sent becomes part of a path.</remarks>
public sealed class MaterialFileRecord
{
    /// <summary>Row id.</summary>
    public long Id { get; set; }

    /// <summary>The case number.</summary>
    public required string CaseId { get; set; }

    /// <summary>The material key, <c>ITEM/code</c>.</summary>
    public required string MaterialKey { get; set; }

    /// <summary>The uploader's file name, sanitised, for display only.</summary>
    public required string OriginalName { get; set; }

    /// <summary>The content type detected from the file's first bytes.</summary>
    public required string ContentType { get; set; }

    /// <summary>Size in bytes.</summary>
    public long Size { get; set; }

    /// <summary>SHA-256 of the content, lower-case hex.</summary>
    public required string Sha256 { get; set; }

    /// <summary>The server-made file name under the materials folder: case id, GUID and the detected type's extension.</summary>
    public required string StoredName { get; set; }

    /// <summary>The user who uploaded it.</summary>
    public required string UploadedBy { get; set; }

    /// <summary>When, as Unix ticks.</summary>
    public long UploadedAt { get; set; }
}
