using System.Text;
using System.Xml;
using System.Xml.Linq;
using GovWorkflow.Engine.Model;

namespace GovWorkflow.Engine.Parsing;

/// <summary>Reads BPMN 2.0 XML from any modeler into a <see cref="BpmnDocument"/>; never throws for any input.</summary>
/// <remarks>
/// The BPMN namespace is matched by URI under any prefix; the encoding follows the XML declaration (UTF-8 and
/// ISO-8859-1 included). XML is read safely: DTDs are refused, nothing external is resolved and the size is limited,
/// so a hostile upload cannot expand entities or reach the network. Structural problems (dangling references,
/// duplicate ids, gateways without outgoing flows) are reported here; whether the process can run is a separate step,
/// <see cref="Validation.ExecutableValidator"/>.
/// </remarks>
public static class BpmnParser
{
    /// <summary>The largest file accepted, in bytes (or characters for text input): 16 MiB.</summary>
    public const int MaxFileSize = 16 * 1024 * 1024;

    /// <summary>Parses a file's bytes; the XML declaration decides the encoding.</summary>
    /// <param name="stream">The content; read to the end, not closed.</param>
    /// <param name="fileName">The name shown in problems.</param>
    public static BpmnParseResult Parse(Stream stream, string fileName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        byte[] bytes;
        try
        {
            bytes = ReadLimited(stream);
        }
        catch (IOException ex)
        {
            return Failed(fileName, BpmnProblemCodes.XmlMalformed, $"无法读取文件：{ex.Message}。请检查文件后重试。", 0, 0);
        }

        if (bytes.Length > MaxFileSize)
        {
            return TooLarge(fileName);
        }

        using var memory = new MemoryStream(bytes, writable: false);
        return Load(() => XmlReader.Create(memory, Settings()), fileName);
    }

    /// <summary>Parses XML text (an encoding named in the declaration is ignored: the text is already decoded).</summary>
    /// <param name="text">The XML.</param>
    /// <param name="fileName">The name shown in problems.</param>
    public static BpmnParseResult Parse(string text, string fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fileName);
        if (text.Length > MaxFileSize)
        {
            return TooLarge(fileName);
        }

        using var reader = new StringReader(text);
        return Load(() => XmlReader.Create(reader, Settings()), fileName);
    }

    private static BpmnParseResult Load(Func<XmlReader> open, string fileName)
    {
        XDocument xml;
        try
        {
            using var reader = open();
            xml = XDocument.Load(reader, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace);
        }
        catch (XmlException ex)
        {
            return Failed(fileName, BpmnProblemCodes.XmlMalformed, $"XML 格式错误：{ex.Message} 请修正该位置后重试（不允许使用 DTD）。", Math.Max(1, ex.LineNumber), Math.Max(1, ex.LinePosition));
        }
        catch (Exception ex) when (ex is DecoderFallbackException or ArgumentException or NotSupportedException or InvalidOperationException)
        {
            // Unknown or inconsistent encodings surface as these rather than XmlException.
            return Failed(fileName, BpmnProblemCodes.XmlMalformed, $"无法按 XML 声明的编码读取文件：{ex.Message} 请以 UTF-8 保存后重试。", 1, 1);
        }

        return new DocumentReader(xml, fileName).Read();
    }

    private static XmlReaderSettings Settings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = MaxFileSize,
        MaxCharactersFromEntities = 1024,
        CloseInput = false,
    };

    private static byte[] ReadLimited(Stream stream)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxFileSize)
            {
                break;
            }
        }

        return buffer.ToArray();
    }

    private static BpmnParseResult TooLarge(string fileName) =>
        Failed(fileName, BpmnProblemCodes.FileTooLarge, $"文件超过 {MaxFileSize / (1024 * 1024)} MiB 的上限：请拆分流程或删除无用内容。", 0, 0);

    private static BpmnParseResult Failed(string fileName, string code, string message, int line, int column) =>
        new(null, [new BpmnProblem(code, message, fileName, line, column, null)]);
}
