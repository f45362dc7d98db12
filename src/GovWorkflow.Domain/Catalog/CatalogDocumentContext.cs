using GovWorkflow.Domain.Errors;
using YamlDotNet.RepresentationModel;

namespace GovWorkflow.Domain.Catalog;

/// <summary>What the readers of one YAML document share: the file name, the error list and the positions of the nodes read.</summary>
internal sealed class CatalogDocumentContext
{
    private readonly Dictionary<string, (int Line, int Column)> positions = new(StringComparer.Ordinal);

    public CatalogDocumentContext(string file, List<DomainError> errors)
    {
        File = file;
        Errors = errors;
    }

    public string File { get; }

    public List<DomainError> Errors { get; }

    /// <summary>Remembers where the node of a path is, for checks that run after the file has been read.</summary>
    public void Remember(string path, YamlNode node) => positions[path] = Position(node);

    /// <summary>The location of a node, naming the field path (1-based line and column).</summary>
    public SourceLocation At(YamlNode node, string? path)
    {
        var (line, column) = Position(node);
        return new SourceLocation(File, line, column, string.IsNullOrEmpty(path) ? null : path);
    }

    /// <summary>The source of an entry read at <paramref name="path"/>.</summary>
    public EntrySource Source(string path) => new(File, path, positions);

    private static (int Line, int Column) Position(YamlNode node) =>
        ((int)Math.Min(node.Start.Line, int.MaxValue), (int)Math.Min(node.Start.Column, int.MaxValue));
}
