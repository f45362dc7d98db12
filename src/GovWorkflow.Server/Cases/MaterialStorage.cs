using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace GovWorkflow.Server.Cases;

/// <summary>Where uploaded material files lie: one folder, names the server makes.</summary>
/// <remarks>
/// A stored name is the case id reduced to letters, digits, '-' and '_', a GUID and the detected type's extension, so
/// neither the uploader's file name nor a crafted case number can reach outside the folder.
/// </remarks>
/// <param name="folder">The folder, created on first write.</param>
public sealed class MaterialStorage(string folder)
{
    /// <summary>The folder's full path.</summary>
    public string Folder { get; } = Path.GetFullPath(folder);

    /// <summary>A new name for a file of <paramref name="caseId"/> of <paramref name="type"/>.</summary>
    public static string NewName(string caseId, MaterialType type)
    {
        ArgumentNullException.ThrowIfNull(caseId);
        ArgumentNullException.ThrowIfNull(type);
        var safe = new StringBuilder(caseId.Length);
        foreach (var c in caseId.Take(100))
        {
            safe.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_');
        }

        return string.Create(CultureInfo.InvariantCulture, $"{safe}-{Guid.NewGuid():N}{type.Extension}");
    }

    /// <summary>The full path of a stored name.</summary>
    /// <exception cref="ArgumentException">The name would lie outside the folder.</exception>
    public string PathOf(string storedName)
    {
        var path = Path.GetFullPath(Path.Combine(Folder, storedName));
        if (!string.Equals(Path.GetDirectoryName(path), Folder, StringComparison.Ordinal))
        {
            throw new ArgumentException($"存储名 {storedName} 不在材料目录内。", nameof(storedName));
        }

        return path;
    }

    /// <summary>Writes a new file; fails rather than overwrite one.</summary>
    public async Task WriteAsync(string storedName, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        var stream = new FileStream(PathOf(storedName), FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        await using (stream.ConfigureAwait(false))
        {
            await stream.WriteAsync(content, cancellationToken).ConfigureAwait(false);
            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Opens a stored file for reading, positioned at its start, once its size and SHA-256 are those recorded; null
    /// when the file is missing or changed.
    /// </summary>
    /// <remarks>The hash is taken from the very handle that is then read, so a file renamed over it meanwhile is not served.</remarks>
    public async Task<Stream?> OpenVerifiedAsync(string storedName, long size, string sha256, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sha256);
        var path = PathOf(storedName);
        if (!File.Exists(path))
        {
            return null;
        }

        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
        try
        {
            var hash = stream.Length == size ? Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false)) : null;
            if (!string.Equals(hash, sha256, StringComparison.Ordinal))
            {
                await stream.DisposeAsync().ConfigureAwait(false);
                return null;
            }

            stream.Position = 0;
            return stream;
        }
        catch
        {
            await stream.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Deletes a stored file, if there.</summary>
    public void Delete(string storedName) => File.Delete(PathOf(storedName));
}
