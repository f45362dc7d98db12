using System.Xml.Linq;
using GovWorkflow.Engine.Model;

namespace GovWorkflow.Engine.Parsing;

/// <summary>Reads the event definitions of an event and resolves their message, error and escalation references.</summary>
internal sealed class EventDefinitionReader
{
    private readonly ParseContext _context;

    public EventDefinitionReader(ParseContext context)
    {
        _context = context;
    }

    public IReadOnlyList<EventDefinition> ReadAll(XElement eventElement)
    {
        List<EventDefinition>? list = null;
        foreach (var child in eventElement.Elements())
        {
            if (ParseContext.IsBpmn(child) && child.Name.LocalName.EndsWith("EventDefinition", StringComparison.Ordinal))
            {
                (list ??= []).Add(Read(child));
            }
        }

        return list is null ? [] : list;
    }

    public BpmnMessage? ResolveMessage(ElementHeader owner, string? messageRef) =>
        Resolve(owner, "messageRef", messageRef, _context.Messages, "消息");

    private EventDefinition Read(XElement element)
    {
        var header = ParseContext.Header(element);
        switch (element.Name.LocalName)
        {
            case "timerEventDefinition":
                return new TimerEventDefinition(
                    header,
                    ParseContext.ChildText(element, "timeDuration"),
                    ParseContext.ChildText(element, "timeDate"),
                    ParseContext.ChildText(element, "timeCycle"),
                    header.GovAttributes.GetValueOrDefault(GovNames.WorkingDays));
            case "messageEventDefinition":
                var messageRef = ParseContext.Reference(element, "messageRef");
                return new MessageEventDefinition(header, messageRef, ResolveMessage(header, messageRef));
            case "errorEventDefinition":
                var errorRef = ParseContext.Reference(element, "errorRef");
                return new ErrorEventDefinition(header, errorRef, Resolve(header, "errorRef", errorRef, _context.Errors, "错误"));
            case "escalationEventDefinition":
                var escalationRef = ParseContext.Reference(element, "escalationRef");
                return new EscalationEventDefinition(header, escalationRef, Resolve(header, "escalationRef", escalationRef, _context.Escalations, "升级事件"));
            case "terminateEventDefinition":
                return new TerminateEventDefinition(header);
            case "signalEventDefinition":
                Resolve(header, "signalRef", ParseContext.Reference(element, "signalRef"), _context.Signals, "信号");
                return new UnsupportedEventDefinition(header);
            default:
                return new UnsupportedEventDefinition(header);
        }
    }

    private T? Resolve<T>(ElementHeader owner, string attribute, string? reference, Dictionary<string, T> known, string what)
        where T : BpmnElement
    {
        if (reference is null)
        {
            return null;
        }

        if (known.TryGetValue(reference, out var found))
        {
            return found;
        }

        _context.Problems.Add(new BpmnProblem(
            BpmnProblemCodes.MissingReference,
            $"{owner.ElementName} 的 {attribute} 引用了不存在的{what}“{reference}”：请在 definitions 下定义该{what}，或改为已有的 id。",
            _context.FileName,
            owner.Line,
            owner.Column,
            owner.Id.Length > 0 ? owner.Id : null));
        return null;
    }
}
