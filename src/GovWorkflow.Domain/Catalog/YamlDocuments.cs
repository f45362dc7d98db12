using GovWorkflow.Domain.Errors;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace GovWorkflow.Domain.Catalog;

/// <summary>Opens a one-document YAML file whose top is a mapping, for the sample files (bundles, scenarios, users, licences).</summary>
internal static class YamlDocuments
{
    /// <summary>Parses YAML text; a syntax error is added to <paramref name="errors"/> with its position, and null returned.</summary>
    public static YamlStream? Load(TextReader reader, string file, List<DomainError> errors)
    {
        var scanner = new Scanner(reader);
        var stream = new YamlStream();
        try
        {
            stream.Load(new Parser(scanner));
            return stream;
        }
        catch (YamlException ex)
        {
            errors.Add(CatalogErrors.YamlSyntax(file, ex.Start.Line, ex.Start.Column, ex.Message));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this on some unterminated flow collections; its position is the best we know.
            errors.Add(CatalogErrors.YamlSyntax(file, scanner.CurrentPosition.Line, scanner.CurrentPosition.Column, "While scanning, found unexpected content (an unclosed [ or {?)."));
            return null;
        }
    }

    /// <summary>The top mapping of <paramref name="text"/>, or null with the problem added to <paramref name="errors"/>.</summary>
    public static YamlObject? Open(string text, string file, List<DomainError> errors)
    {
        if (Load(new StringReader(text), file, errors) is not { } stream)
        {
            return null;
        }

        var context = new CatalogDocumentContext(file, errors);
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            var node = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
            errors.Add(new DomainError(
                "samples.top-level",
                "文件顶层应为对象（字段: 值），不能为空或为列表：请对照 samples/README.md 中的格式。",
                "The top level must be a mapping; see samples/README.md.",
                node is null ? new SourceLocation(file, 1, 1) : context.At(node, null)));
            return null;
        }

        return new YamlObject(root, string.Empty, context);
    }

    /// <summary>Reads a file as UTF-8, reporting a missing or unreadable file.</summary>
    public static string? ReadFile(string path, List<DomainError> errors)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            errors.Add(new DomainError("samples.file-unreadable", $"无法读取文件：{ex.Message} 请检查路径是否正确、文件是否存在且有读取权限。", $"Cannot read the file: {ex.Message}", new SourceLocation(path)));
            return null;
        }
    }
}
