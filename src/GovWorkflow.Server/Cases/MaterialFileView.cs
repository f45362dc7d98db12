using GovWorkflow.Server.Hosting;
using NodaTime;

namespace GovWorkflow.Server.Cases;

/// <summary>An uploaded material file as the API shows it.</summary>
/// <param name="Id">Row id.</param>
/// <param name="MaterialKey">The material, <c>ITEM/code</c>.</param>
/// <param name="FileName">The uploader's file name, sanitised.</param>
/// <param name="ContentType">The detected type.</param>
/// <param name="Size">Bytes.</param>
/// <param name="Sha256">SHA-256, lower-case hex.</param>
/// <param name="StoredName">The server-made name it is stored under.</param>
/// <param name="UploadedBy">Who uploaded it.</param>
/// <param name="UploadedAt">When (ISO 8601, UTC).</param>
/// <param name="ContentUrl">Where to download it.</param>
public sealed record MaterialFileView(long Id, string MaterialKey, string FileName, string ContentType, long Size, string Sha256, string StoredName, string UploadedBy, string UploadedAt, string ContentUrl)
{
    /// <summary>The view of a row.</summary>
    public static MaterialFileView Of(MaterialFileRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new MaterialFileView(record.Id, record.MaterialKey, record.OriginalName, record.ContentType, record.Size, record.Sha256, record.StoredName, record.UploadedBy, Iso.Format(Instant.FromUnixTimeTicks(record.UploadedAt)),
            $"/api/cases/{Uri.EscapeDataString(record.CaseId)}/materials/{record.Id}/content");
    }
}
