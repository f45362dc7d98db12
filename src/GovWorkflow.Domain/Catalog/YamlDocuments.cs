using GovWorkflow.Domain.Errors;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace GovWorkflow.Domain.Catalog;

/// <summary>Opens a one-document YAML file whose top is a mapping, for the sample files (bundles, scenarios, users, licences).</summary>
internal static class YamlDocuments
{
    /// <summary>The top mapping of <paramref name="text"/>, or null with the problem added to <paramref name="errors"/>.</summary>
    public static YamlObject? Open(string text, string file, List<DomainError> errors)
    {
        var scanner = new Scanner(new StringReader(text));
        var stream = new YamlStream();
        try
        {
            stream.Load(new Parser(scanner));
        }
        catch (YamlException ex)
        {
            errors.Add(CatalogErrors.YamlSyntax(file, ex.Start.Line, ex.Start.Column, ex.Message));
            return null;
        }
        catch (InvalidOperationException)
        {
            errors.Add(CatalogErrors.YamlSyntax(file, scanner.CurrentPosition.Line, scanner.CurrentPosition.Column, "While scanning, found unexpected content (an unclosed [ or {?)."));
            return null;
        }

        var context = new CatalogDocumentContext(file, errors);
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            var node = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
            errors.Add(CatalogErrors.TopLevelShape(node is null ? new SourceLocation(file, 1, 1) : context.At(node, null), "空文件或不是对象", "empty, or not a mapping"));
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
            errors.Add(CatalogErrors.FileUnreadable(path, ex.Message));
            return null;
        }
    }
}
