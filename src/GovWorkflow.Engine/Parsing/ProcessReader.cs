using System.Xml.Linq;
using GovWorkflow.Engine.Model;

namespace GovWorkflow.Engine.Parsing;

/// <summary>Reads one <c>process</c> and its nested scopes into model elements, then links and checks the graph.</summary>
internal sealed class ProcessReader
{
    private static readonly XNamespace Bpmn = ParseContext.Bpmn;

    /// <summary>BPMN children of a scope that are settings of the scope, not flow elements.</summary>
    private static readonly HashSet<string> NotFlowElements = new(StringComparer.Ordinal)
    {
        "documentation", "extensionElements", "laneSet", "ioSpecification", "property", "auditing", "monitoring",
        "ioBinding", "supports", "resourceRole", "performer", "humanPerformer", "potentialOwner",
        "correlationSubscription", "multiInstanceLoopCharacteristics", "standardLoopCharacteristics",
        "dataInputAssociation", "dataOutputAssociation", "incoming", "outgoing", "completionCondition",
    };

    private readonly ParseContext _context;
    private readonly XElement _element;
    private readonly EventDefinitionReader _events;

    public ProcessReader(ParseContext context, XElement element)
    {
        _context = context;
        _element = element;
        _events = new EventDefinitionReader(context);
    }

    public BpmnProcess Read()
    {
        var header = ParseContext.Header(_element);
        if (header.Id.Length == 0)
        {
            _context.Report(BpmnProblemCodes.IdMissing, "process 缺少 id：请为流程设置唯一的 id。", _element);
        }

        var elements = ReadScope(_element, header.Id);
        var all = new List<FlowElement>();
        Flatten(elements, all);
        var laneSets = _element.Elements(Bpmn + "laneSet").Select(ReadLaneSet).ToList();
        var process = new BpmnProcess(header, ParseContext.Boolean(_element, "isExecutable", defaultValue: false), elements, laneSets, all);
        new ProcessLinker(_context, process).Link();
        return process;
    }

    private static void Flatten(IReadOnlyList<FlowElement> elements, List<FlowElement> all)
    {
        foreach (var element in elements)
        {
            all.Add(element);
            if (element is SubProcess subProcess)
            {
                Flatten(subProcess.FlowElements, all);
            }
        }
    }

    private List<FlowElement> ReadScope(XElement container, string scopeId)
    {
        var list = new List<FlowElement>();
        foreach (var child in container.Elements())
        {
            if (ParseContext.IsBpmn(child) && !NotFlowElements.Contains(child.Name.LocalName))
            {
                list.Add(ReadFlowElement(child, scopeId));
            }
        }

        return list;
    }

    private FlowElement ReadFlowElement(XElement element, string scopeId)
    {
        var header = ParseContext.Header(element);
        var name = element.Name.LocalName;
        var element1 = ReadEvent(element, header, scopeId, name)
            ?? ReadActivity(element, header, scopeId, name)
            ?? ReadGateway(element, header, scopeId, name);
        if (element1 is null)
        {
            return name == "sequenceFlow" ? ReadSequenceFlow(element, header, scopeId) : new OtherElement(header, scopeId);
        }

        if (header.Id.Length == 0)
        {
            _context.Report(BpmnProblemCodes.IdMissing, $"{name} 缺少 id：流程节点必须有唯一的 id，请在设计器中重新保存或手工补上。", element);
        }

        return element1;
    }

    private FlowNode? ReadEvent(XElement element, ElementHeader header, string scopeId, string name)
    {
        if (!name.EndsWith("Event", StringComparison.Ordinal))
        {
            return null;
        }

        var definitions = _events.ReadAll(element);
        return name switch
        {
            "startEvent" => new StartEvent(header, scopeId, definitions, ParseContext.Boolean(element, "isInterrupting", defaultValue: true)),
            "endEvent" => new EndEvent(header, scopeId, definitions),
            "intermediateCatchEvent" => new IntermediateCatchEvent(header, scopeId, definitions),
            "intermediateThrowEvent" => new IntermediateThrowEvent(header, scopeId, definitions),
            "boundaryEvent" => new BoundaryEvent(header, scopeId, definitions, ParseContext.Reference(element, "attachedToRef") ?? string.Empty, ParseContext.Boolean(element, "cancelActivity", defaultValue: true)),
            _ => null,
        };
    }

    private Activity? ReadActivity(XElement element, ElementHeader header, string scopeId, string name)
    {
        var loop = name is "task" or "userTask" or "serviceTask" or "receiveTask" or "scriptTask" or "sendTask" or "manualTask" or "businessRuleTask"
            or "callActivity" or "subProcess" or "transaction" or "adHocSubProcess"
            ? ReadLoop(element)
            : null;
        var defaultFlow = ParseContext.Reference(element, "default");
        return name switch
        {
            "task" => new BpmnTask(header, scopeId, loop, defaultFlow),
            "userTask" => new UserTask(header, scopeId, loop, defaultFlow),
            "manualTask" => new ManualTask(header, scopeId, loop, defaultFlow),
            "serviceTask" => new ServiceTask(header, scopeId, loop, defaultFlow, ParseContext.Attribute(element, "implementation")),
            "businessRuleTask" => new BusinessRuleTask(header, scopeId, loop, defaultFlow, ParseContext.Attribute(element, "implementation")),
            "scriptTask" => new ScriptTask(header, scopeId, loop, defaultFlow, ParseContext.Attribute(element, "scriptFormat")),
            "sendTask" => ReadMessageTask(element, header, scopeId, loop, defaultFlow, send: true),
            "receiveTask" => ReadMessageTask(element, header, scopeId, loop, defaultFlow, send: false),
            "callActivity" => ReadCallActivity(element, header, scopeId, loop, defaultFlow),
            "subProcess" => new SubProcess(header, scopeId, loop, defaultFlow, ParseContext.Boolean(element, "triggeredByEvent", defaultValue: false), ReadScope(element, header.Id)),
            "transaction" => new Transaction(header, scopeId, loop, defaultFlow, ReadScope(element, header.Id)),
            "adHocSubProcess" => new AdHocSubProcess(header, scopeId, loop, defaultFlow, ReadScope(element, header.Id)),
            _ => null,
        };
    }

    private static FlowNode? ReadGateway(XElement element, ElementHeader header, string scopeId, string name)
    {
        var defaultFlow = ParseContext.Reference(element, "default");
        return name switch
        {
            "exclusiveGateway" => new ExclusiveGateway(header, scopeId, defaultFlow),
            "parallelGateway" => new ParallelGateway(header, scopeId, defaultFlow),
            "inclusiveGateway" => new InclusiveGateway(header, scopeId, defaultFlow),
            "eventBasedGateway" => new EventBasedGateway(header, scopeId, defaultFlow),
            "complexGateway" => new ComplexGateway(header, scopeId, defaultFlow),
            _ => null,
        };
    }

    private SequenceFlow ReadSequenceFlow(XElement element, ElementHeader header, string scopeId)
    {
        if (header.Id.Length == 0)
        {
            _context.Report(BpmnProblemCodes.IdMissing, "sequenceFlow 缺少 id：顺序流必须有唯一的 id。", element);
        }

        return new SequenceFlow(
            header,
            scopeId,
            ParseContext.Reference(element, "sourceRef") ?? string.Empty,
            ParseContext.Reference(element, "targetRef") ?? string.Empty,
            ParseContext.ChildText(element, "conditionExpression"));
    }

    private Activity ReadMessageTask(XElement element, ElementHeader header, string scopeId, LoopCharacteristics? loop, string? defaultFlow, bool send)
    {
        var messageRef = ParseContext.Reference(element, "messageRef");
        var message = _events.ResolveMessage(header, messageRef);
        return send
            ? new SendTask(header, scopeId, loop, defaultFlow, messageRef, message)
            : new ReceiveTask(header, scopeId, loop, defaultFlow, messageRef, message);
    }

    private static CallActivity ReadCallActivity(XElement element, ElementHeader header, string scopeId, LoopCharacteristics? loop, string? defaultFlow)
    {
        var calledElement = element.Attribute("calledElement")?.Value.Trim();
        var inputs = Mappings(header, GovNames.In);
        var outputs = Mappings(header, GovNames.Out);
        return new CallActivity(header, scopeId, loop, defaultFlow, string.IsNullOrEmpty(calledElement) ? null : calledElement, inputs, outputs);
    }

    private static List<VariableMapping> Mappings(ElementHeader header, string localName) =>
        [.. header.GovElements
            .Where(e => e.LocalName == localName)
            .Select(e => new VariableMapping(e.GetAttribute(GovNames.Source), e.GetAttribute(GovNames.Target), e.Line, e.Column))];

    private static LoopCharacteristics? ReadLoop(XElement activity)
    {
        if (activity.Element(Bpmn + "standardLoopCharacteristics") is { } standard)
        {
            return new StandardLoopCharacteristics(ParseContext.Header(standard));
        }

        if (activity.Element(Bpmn + "multiInstanceLoopCharacteristics") is not { } multi)
        {
            return null;
        }

        var header = ParseContext.Header(multi);
        string? Gov(string name) => multi.Attribute(ParseContext.Gov + name)?.Value ?? activity.Attribute(ParseContext.Gov + name)?.Value;
        return new MultiInstanceLoopCharacteristics(
            header,
            ParseContext.Boolean(multi, "isSequential", defaultValue: false),
            ParseContext.ChildText(multi, "loopCardinality"),
            ParseContext.ChildText(multi, "completionCondition"),
            Gov(GovNames.Collection),
            Gov(GovNames.ElementVariable));
    }

    private LaneSet ReadLaneSet(XElement element)
    {
        var lanes = new List<Lane>();
        foreach (var lane in element.Elements(Bpmn + "lane"))
        {
            var refs = lane.Elements(Bpmn + "flowNodeRef").Select(r => ParseContext.LocalId(r.Value)).OfType<string>().ToList();
            var child = lane.Element(Bpmn + "childLaneSet") is { } childSet ? ReadLaneSet(childSet) : null;
            lanes.Add(new Lane(ParseContext.Header(lane), refs, child));
        }

        return new LaneSet(ParseContext.Header(element), lanes);
    }
}
