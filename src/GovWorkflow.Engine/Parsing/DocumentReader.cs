using System.Globalization;
using System.Xml.Linq;
using GovWorkflow.Engine.Model;

namespace GovWorkflow.Engine.Parsing;

/// <summary>Turns a loaded <see cref="XDocument"/> into a <see cref="BpmnDocument"/>, collecting every problem.</summary>
internal sealed class DocumentReader
{
    /// <summary>Deeper nesting is refused: the model is read recursively and real files stay far below this.</summary>
    private const int MaxDepth = 200;

    private static readonly XNamespace Bpmn = ParseContext.Bpmn;

    private readonly XDocument _xml;
    private readonly ParseContext _context;

    public DocumentReader(XDocument xml, string fileName)
    {
        _xml = xml;
        _context = new ParseContext(fileName);
    }

    public BpmnParseResult Read()
    {
        var root = _xml.Root;
        if (root is null || root.Name != Bpmn + "definitions")
        {
            var found = root is null ? "空文档" : $"“{root.Name.LocalName}”（命名空间 {root.Name.NamespaceName}）";
            _context.Problems.Add(new BpmnProblem(
                BpmnProblemCodes.NotDefinitions,
                $"这不是 BPMN 2.0 文件：根元素应为命名空间 {BpmnNamespaces.Model} 下的 definitions，实际为{found}。请从流程设计器导出 BPMN 2.0 XML。",
                _context.FileName,
                root is null ? 1 : ParseContext.Position(root).Line,
                root is null ? 1 : ParseContext.Position(root).Column,
                null));
            return new BpmnParseResult(null, _context.Problems);
        }

        if (TooDeep(root) is { } deep)
        {
            _context.Report(BpmnProblemCodes.NestingTooDeep, $"元素嵌套超过 {MaxDepth} 层：BPMN 文件不会嵌套这么深，请检查文件是否损坏。", deep);
            return new BpmnParseResult(null, _context.Problems);
        }

        IndexIds(root);
        ReadRootDefinitions(root);
        var processes = root.Elements(Bpmn + "process").Select(p => new ProcessReader(_context, p).Read()).ToList();
        var collaborations = root.Elements(Bpmn + "collaboration").Select(ReadCollaboration).ToList();
        var document = new BpmnDocument(
            _xml,
            _context.FileName,
            new OtherElement(ParseContext.Header(root), string.Empty),
            root.Attribute("targetNamespace")?.Value,
            processes,
            collaborations,
            [.. _context.Messages.Values],
            [.. _context.Errors.Values],
            [.. _context.Escalations.Values],
            [.. _context.Signals.Values]);
        var problems = _context.Problems.OrderBy(p => p.Line).ThenBy(p => p.Column).ToList();
        return new BpmnParseResult(document, problems);
    }

    /// <summary>The first element nested deeper than <see cref="MaxDepth"/>, found without recursion, or null.</summary>
    private static XElement? TooDeep(XElement root)
    {
        var pending = new Stack<(XElement Element, int Depth)>();
        pending.Push((root, 1));
        while (pending.TryPop(out var item))
        {
            if (item.Depth > MaxDepth)
            {
                return item.Element;
            }

            foreach (var child in item.Element.Elements())
            {
                pending.Push((child, item.Depth + 1));
            }
        }

        return null;
    }

    private void IndexIds(XElement root)
    {
        foreach (var element in root.DescendantsAndSelf())
        {
            if (!ParseContext.IsBpmn(element) || element.Attribute("id")?.Value.Trim() is not { Length: > 0 } id)
            {
                continue;
            }

            if (_context.Ids.TryGetValue(id, out var first))
            {
                var firstLine = ParseContext.Position(first).Line.ToString(CultureInfo.InvariantCulture);
                _context.Report(BpmnProblemCodes.DuplicateId, $"id“{id}”重复：第 {firstLine} 行的 {first.Name.LocalName} 已使用该 id。每个元素的 id 必须唯一，请为其中一个改名。", element);
            }
            else
            {
                _context.Ids.Add(id, element);
            }
        }
    }

    private void ReadRootDefinitions(XElement root)
    {
        foreach (var element in root.Elements())
        {
            if (!ParseContext.IsBpmn(element))
            {
                continue;
            }

            var header = ParseContext.Header(element);
            if (header.Id.Length == 0)
            {
                continue;
            }

            switch (element.Name.LocalName)
            {
                case "message":
                    _context.Messages.TryAdd(header.Id, new BpmnMessage(header));
                    break;
                case "error":
                    _context.Errors.TryAdd(header.Id, new BpmnError(header, ParseContext.Attribute(element, "errorCode")));
                    break;
                case "escalation":
                    _context.Escalations.TryAdd(header.Id, new BpmnEscalation(header, ParseContext.Attribute(element, "escalationCode")));
                    break;
                case "signal":
                    _context.Signals.TryAdd(header.Id, new BpmnSignal(header));
                    break;
                default:
                    break;
            }
        }
    }

    private Collaboration ReadCollaboration(XElement element)
    {
        var participants = new List<Participant>();
        foreach (var child in element.Elements(Bpmn + "participant"))
        {
            var participant = new Participant(ParseContext.Header(child), ParseContext.Reference(child, "processRef"));
            if (participant.ProcessRef is { } processRef && !IsProcess(processRef))
            {
                _context.ReportMissingReference(participant, "processRef", processRef, "流程");
            }

            participants.Add(participant);
        }

        var flows = new List<MessageFlow>();
        foreach (var child in element.Elements(Bpmn + "messageFlow"))
        {
            flows.Add(ReadMessageFlow(child));
        }

        return new Collaboration(ParseContext.Header(element), participants, flows);
    }

    private MessageFlow ReadMessageFlow(XElement child)
    {
        var flow = new MessageFlow(
            ParseContext.Header(child),
            ParseContext.Reference(child, "sourceRef") ?? string.Empty,
            ParseContext.Reference(child, "targetRef") ?? string.Empty,
            ParseContext.Reference(child, "messageRef"));
        if (!_context.Ids.ContainsKey(flow.SourceRef))
        {
            _context.ReportMissingReference(flow, "sourceRef", flow.SourceRef, "元素");
        }

        if (!_context.Ids.ContainsKey(flow.TargetRef))
        {
            _context.ReportMissingReference(flow, "targetRef", flow.TargetRef, "元素");
        }

        if (flow.MessageRef is { } messageRef && !_context.Messages.ContainsKey(messageRef))
        {
            _context.ReportMissingReference(flow, "messageRef", messageRef, "消息");
        }

        return flow;
    }

    private bool IsProcess(string id) =>
        _context.Ids.TryGetValue(id, out var element) && element.Name == Bpmn + "process";
}
