using System.Text;

namespace GovWorkflow.Server.Cases;

/// <summary>Uploaders' file names, made safe to show.</summary>
public static class FileNames
{
    /// <summary>The most characters kept.</summary>
    public const int MaxLength = 120;

    /// <summary>
    /// The last segment of <paramref name="name"/> (either slash), without control characters, trimmed to
    /// <see cref="MaxLength"/>; <c>未命名</c> when nothing is left. For display only: never part of a path.
    /// </summary>
    public static string ForDisplay(string? name)
    {
        var last = (name ?? string.Empty).Replace('\\', '/').Split('/')[^1];
        var kept = new StringBuilder(Math.Min(last.Length, MaxLength));
        foreach (var c in last.Where(c => !char.IsControl(c) && c is not ('<' or '>' or '"' or ':' or '|' or '?' or '*')).Take(MaxLength))
        {
            kept.Append(c);
        }

        var text = kept.ToString().Trim().Trim('.');
        return text.Length == 0 ? "未命名" : text;
    }
}
