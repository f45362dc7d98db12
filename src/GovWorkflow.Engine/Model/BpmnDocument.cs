using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace GovWorkflow.Engine.Model;

/// <summary>A parsed BPMN 2.0 <c>definitions</c> file: the typed model plus the original XML.</summary>
/// <remarks>
/// The model is what the engine reads; the XML is what the designer needs back (diagram interchange, vendor extensions,
/// comments, whitespace). The XML is private so that the two cannot drift apart: <see cref="Save(Stream)"/> writes it as
/// it was read and <see cref="CopyXml"/> hands out a copy to edit.
/// </remarks>
public sealed class BpmnDocument
{
    private readonly XDocument _xml;
    private readonly Dictionary<string, BpmnProcess> _processes = new(StringComparer.Ordinal);

    internal BpmnDocument(
        XDocument xml,
        string fileName,
        BpmnElement definitions,
        string? targetNamespace,
        IReadOnlyList<BpmnProcess> processes,
        IReadOnlyList<Collaboration> collaborations,
        IReadOnlyList<BpmnMessage> messages,
        IReadOnlyList<BpmnError> errors,
        IReadOnlyList<BpmnEscalation> escalations,
        IReadOnlyList<BpmnSignal> signals)
    {
        _xml = xml;
        FileName = fileName;
        Definitions = definitions;
        TargetNamespace = targetNamespace;
        Processes = processes;
        Collaborations = collaborations;
        Messages = messages;
        Errors = errors;
        Escalations = escalations;
        Signals = signals;
        foreach (var process in processes)
        {
            _processes.TryAdd(process.Id, process);
        }
    }

    /// <summary>The file name given to the parser, used in problems.</summary>
    public string FileName { get; }

    /// <summary>The <c>definitions</c> element itself (id, name, line, <c>gov:</c> attributes).</summary>
    public BpmnElement Definitions { get; }

    /// <summary>The <c>targetNamespace</c> attribute, or null.</summary>
    public string? TargetNamespace { get; }

    /// <summary>The processes in document order.</summary>
    public IReadOnlyList<BpmnProcess> Processes { get; }

    /// <summary>The collaborations in document order (usually zero or one).</summary>
    public IReadOnlyList<Collaboration> Collaborations { get; }

    /// <summary>The first collaboration, or null.</summary>
    public Collaboration? Collaboration => Collaborations.Count > 0 ? Collaborations[0] : null;

    /// <summary>The root-level messages.</summary>
    public IReadOnlyList<BpmnMessage> Messages { get; }

    /// <summary>The root-level errors.</summary>
    public IReadOnlyList<BpmnError> Errors { get; }

    /// <summary>The root-level escalations.</summary>
    public IReadOnlyList<BpmnEscalation> Escalations { get; }

    /// <summary>The root-level signals.</summary>
    public IReadOnlyList<BpmnSignal> Signals { get; }

    /// <summary>A process by id, or null.</summary>
    public BpmnProcess? FindProcess(string id) => _processes.GetValueOrDefault(id);

    /// <summary>Writes the document as it was read: diagram, vendor extensions, comments and whitespace included.</summary>
    /// <remarks>
    /// The encoding is the one the XML declaration names (UTF-8 when there is none or it is unknown); a file read
    /// without a declaration is written without one.
    /// </remarks>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var settings = new XmlWriterSettings
        {
            Encoding = DeclaredEncoding(),
            OmitXmlDeclaration = _xml.Declaration is null,
            NewLineHandling = NewLineHandling.Entitize,
            CloseOutput = false,
        };
        using var writer = XmlWriter.Create(stream, settings);
        _xml.Save(writer);
    }

    private Encoding DeclaredEncoding()
    {
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        if (_xml.Declaration?.Encoding is not { Length: > 0 } name)
        {
            return utf8;
        }

        try
        {
            var encoding = Encoding.GetEncoding(name);
            return encoding is UTF8Encoding ? utf8 : encoding;
        }
        catch (ArgumentException)
        {
            return utf8;
        }
    }

    /// <summary>A deep copy of the original XML, for tools that edit and re-parse.</summary>
    public XDocument CopyXml() => new(_xml);
}
