namespace GovWorkflow.Server.Cases;

/// <summary>A file type the window takes: PDF, JPEG or PNG, recognised by its first bytes.</summary>
/// <param name="ContentType">The media type.</param>
/// <param name="Extension">The extension stored files get.</param>
public sealed record MaterialType(string ContentType, string Extension)
{
    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>PDF.</summary>
    public static MaterialType Pdf { get; } = new("application/pdf", ".pdf");

    /// <summary>JPEG.</summary>
    public static MaterialType Jpeg { get; } = new("image/jpeg", ".jpg");

    /// <summary>PNG.</summary>
    public static MaterialType Png { get; } = new("image/png", ".png");

    /// <summary>The type the content's first bytes show, or null for any other content.</summary>
    public static MaterialType? Detect(ReadOnlySpan<byte> content) =>
        content.StartsWith(PdfMagic) ? Pdf
        : content.StartsWith(JpegMagic) ? Jpeg
        : content.StartsWith(PngMagic) ? Png
        : null;

    /// <summary>Whether the declared media type (parameters ignored; <c>image/jpg</c> taken for JPEG) names this type.</summary>
    public bool Matches(string? declared)
    {
        var media = (declared ?? string.Empty).Split(';')[0].Trim();
        return string.Equals(media, ContentType, StringComparison.OrdinalIgnoreCase)
            || (this == Jpeg && string.Equals(media, "image/jpg", StringComparison.OrdinalIgnoreCase));
    }
}
