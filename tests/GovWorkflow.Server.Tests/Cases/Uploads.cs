using System.Net.Http.Headers;

namespace GovWorkflow.Server.Tests.Cases;

/// <summary>Material files for upload tests: real magic bytes, and multipart bodies keyed by material.</summary>
public static class Uploads
{
    public static byte[] Pdf(int size = 256) => Fill("%PDF-1.7\n"u8.ToArray(), size);

    public static byte[] Png(int size = 256) => Fill([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], size);

    public static byte[] Jpeg(int size = 256) => Fill([0xFF, 0xD8, 0xFF, 0xE0], size);

    public static MultipartFormDataContent Form(params (string Key, string FileName, string ContentType, byte[] Bytes)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (key, fileName, contentType, bytes) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
            form.Add(part, key, fileName);
        }

        return form;
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string caseId, params (string Key, string FileName, string ContentType, byte[] Bytes)[] files)
    {
        using var form = Form(files);
        return await client.PostAsync($"/api/cases/{caseId}/materials", form);
    }

    private static byte[] Fill(byte[] magic, int size)
    {
        var bytes = new byte[Math.Max(size, magic.Length)];
        magic.CopyTo(bytes, 0);
        for (var i = magic.Length; i < bytes.Length; i++)
        {
            bytes[i] = (byte)('a' + (i % 26));
        }

        return bytes;
    }
}
