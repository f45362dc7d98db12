using System.Collections.ObjectModel;
using System.Xml;
using System.Xml.Linq;
using GovWorkflow.Engine.Model;

namespace GovWorkflow.Engine.Parsing;

/// <summary>State shared while one file is read: the problems found, the ids seen and the root-level definitions.</summary>
internal sealed class ParseContext
{
    public static readonly XNamespace Bpmn = BpmnNamespaces.Model;
    public static readonly XNamespace Gov = GovNames.NamespaceUri;

    private static readonly IReadOnlyDictionary<string, string> NoAttributes = ReadOnlyDictionary<string, string>.Empty;

    public ParseContext(string fileName)
    {
        FileName = fileName;
    }

    public string FileName { get; }

    public List<BpmnProblem> Problems { get; } = [];

    /// <summary>Every id of a BPMN-namespace element, with the first element that carries it.</summary>
    public Dictionary<string, XElement> Ids { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, BpmnMessage> Messages { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, BpmnError> Errors { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, BpmnEscalation> Escalations { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, BpmnSignal> Signals { get; } = new(StringComparer.Ordinal);

    public static bool IsBpmn(XElement element) => element.Name.Namespace == Bpmn;

    public static (int Line, int Column) Position(XObject node) =>
        node is IXmlLineInfo info && info.HasLineInfo() ? (info.LineNumber, info.LinePosition) : (0, 0);

    /// <summary>An attribute's value, or null when absent.</summary>
    public static string? Attribute(XElement element, string name) => element.Attribute(name)?.Value;

    /// <summary>A reference attribute: trimmed, a QName prefix (<c>tns:Message_1</c>) removed, null when empty.</summary>
    public static string? Reference(XElement element, string name) => LocalId(element.Attribute(name)?.Value);

    public static string? LocalId(string? value)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var colon = text.LastIndexOf(':');
        return colon >= 0 && colon < text.Length - 1 ? text[(colon + 1)..] : text;
    }

    public static bool Boolean(XElement element, string name, bool defaultValue) =>
        element.Attribute(name)?.Value.Trim() switch
        {
            "true" or "1" => true,
            "false" or "0" => false,
            _ => defaultValue,
        };

    /// <summary>The trimmed text of a BPMN child element, or null when it is absent or empty.</summary>
    public static string? ChildText(XElement element, string childName)
    {
        var text = element.Element(Bpmn + childName)?.Value.Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }

    public static ElementHeader Header(XElement element)
    {
        var (line, column) = Position(element);
        Dictionary<string, string>? gov = null;
        foreach (var attribute in element.Attributes())
        {
            if (attribute.Name.Namespace == Gov)
            {
                gov ??= new Dictionary<string, string>(StringComparer.Ordinal);
                gov[attribute.Name.LocalName] = attribute.Value;
            }
        }

        return new ElementHeader(
            element.Attribute("id")?.Value.Trim() ?? string.Empty,
            element.Attribute("name")?.Value,
            element.Name.LocalName,
            line,
            column,
            gov ?? NoAttributes,
            GovElements(element));
    }

    public void Report(string code, string message, BpmnElement element) =>
        Problems.Add(new BpmnProblem(code, message, FileName, element.Line, element.Column, element.Id.Length > 0 ? element.Id : null));

    public void Report(string code, string message, XElement element)
    {
        var (line, column) = Position(element);
        var id = element.Attribute("id")?.Value.Trim();
        Problems.Add(new BpmnProblem(code, message, FileName, line, column, string.IsNullOrEmpty(id) ? null : id));
    }

    /// <summary>Reports a reference that names no element; <paramref name="what"/> says what it should name, in Chinese.</summary>
    public void ReportMissingReference(BpmnElement element, string attribute, string value, string what) =>
        Report(BpmnProblemCodes.MissingReference, $"{element.ElementName} 的 {attribute} 引用了不存在的{what}“{value}”：请改为文件中已有的{what} id，或删除该引用。", element);

    private static List<GovExtensionElement> GovElements(XElement element)
    {
        var extensions = element.Element(Bpmn + "extensionElements");
        if (extensions is null)
        {
            return [];
        }

        var list = new List<GovExtensionElement>();
        foreach (var child in extensions.Elements())
        {
            if (child.Name.Namespace != Gov)
            {
                continue;
            }

            var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var attribute in child.Attributes())
            {
                if (attribute.Name.Namespace == XNamespace.None)
                {
                    attributes[attribute.Name.LocalName] = attribute.Value;
                }
            }

            var (line, column) = Position(child);
            var text = child.Value.Trim();
            list.Add(new GovExtensionElement(child.Name.LocalName, attributes, text.Length > 0 ? text : null, line, column));
        }

        return list;
    }
}
