using GovWorkflow.Domain.Errors;

namespace GovWorkflow.Domain.Catalog;

/// <summary>Where one department or item entry came from, so that later checks can point at its fields.</summary>
/// <remarks>
/// Cross-entry checks (duplicates, unknown departments, hierarchy) run after every file has been read;
/// this keeps the file, the entry's path (<c>items[2]</c>) and the positions of the nodes read from it.
/// </remarks>
internal sealed class EntrySource
{
    private readonly IReadOnlyDictionary<string, (int Line, int Column)> positions;

    public EntrySource(string? file, string path, IReadOnlyDictionary<string, (int Line, int Column)> positions)
    {
        File = file;
        Path = path;
        this.positions = positions;
    }

    /// <summary>The file, or null for an entry built in memory.</summary>
    public string? File { get; }

    /// <summary>The entry's path within its file, e.g. <c>items[2]</c>.</summary>
    public string Path { get; }

    /// <summary>An entry built in memory, located by its path only.</summary>
    public static EntrySource InMemory(string path) => new(null, path, new Dictionary<string, (int Line, int Column)>(StringComparer.Ordinal));

    /// <summary>The location of a field of the entry (<c>deadline.promisedLimit</c>), or of the nearest enclosing node that was read.</summary>
    public SourceLocation At(string? subPath = null)
    {
        var field = string.IsNullOrEmpty(subPath) ? Path : subPath[0] == '[' ? Path + subPath : Path + "." + subPath;
        for (var probe = field; probe.Length > 0; probe = Parent(probe))
        {
            if (positions.TryGetValue(probe, out var position))
            {
                return new SourceLocation(File, position.Line, position.Column, field);
            }
        }

        return new SourceLocation(File, Field: field);
    }

    /// <summary>How the entry is named in messages about another entry: <c>departments.yaml:12:5 departments[3]</c>.</summary>
    public string Describe() => At().ToString();

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? string.Empty : path[..cut];
    }
}
