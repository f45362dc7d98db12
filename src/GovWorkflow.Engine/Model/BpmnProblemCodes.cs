namespace GovWorkflow.Engine.Model;

/// <summary>The stable problem codes of the parser (<c>Parsing/</c>) and the executable validator (<c>Validation/</c>).</summary>
/// <remarks>Programs and tests match on these; never rename one, add a new code instead.</remarks>
public static class BpmnProblemCodes
{
    /// <summary>The file is not well-formed XML (or uses a DTD, which is refused).</summary>
    public const string XmlMalformed = "bpmn.xml-malformed";

    /// <summary>The file exceeds the parser's size limit.</summary>
    public const string FileTooLarge = "bpmn.file-too-large";

    /// <summary>The root element is not a BPMN 2.0 <c>definitions</c>.</summary>
    public const string NotDefinitions = "bpmn.not-definitions";

    /// <summary>Two BPMN elements share an id.</summary>
    public const string DuplicateId = "bpmn.duplicate-id";

    /// <summary>A flow node, sequence flow or process has no id.</summary>
    public const string IdMissing = "bpmn.id-missing";

    /// <summary>A reference (messageRef, errorRef, escalationRef, signalRef, default, processRef, flowNodeRef …) points nowhere.</summary>
    public const string MissingReference = "bpmn.missing-reference";

    /// <summary>A sequence flow's sourceRef is missing or names no flow node of the process.</summary>
    public const string FlowSourceMissing = "bpmn.flow-source-missing";

    /// <summary>A sequence flow's targetRef is missing or names no flow node of the process.</summary>
    public const string FlowTargetMissing = "bpmn.flow-target-missing";

    /// <summary>A gateway has no outgoing sequence flow.</summary>
    public const string GatewayNoOutgoing = "bpmn.gateway-no-outgoing";

    /// <summary>A boundary event's attachedToRef is missing or names no element of the process.</summary>
    public const string BoundaryAttachedMissing = "bpmn.boundary-attached-missing";

    /// <summary>The file has no process to execute.</summary>
    public const string NoProcess = "bpmn.no-process";

    /// <summary>The requested process id is not in the file.</summary>
    public const string ProcessNotFound = "bpmn.process-not-found";

    /// <summary>Several processes could be the executable one.</summary>
    public const string ProcessAmbiguous = "bpmn.process-ambiguous";

    /// <summary>An element the engine does not execute.</summary>
    public const string UnsupportedElement = "bpmn.unsupported-element";

    /// <summary>An event kind the engine does not execute in that position.</summary>
    public const string UnsupportedEvent = "bpmn.unsupported-event";

    /// <summary>A standard loop (use a gateway loop or multi-instance).</summary>
    public const string UnsupportedLoop = "bpmn.unsupported-loop";

    /// <summary>A process or sub-process has no start event it can be started by.</summary>
    public const string StartEventMissing = "bpmn.start-event-missing";

    /// <summary>A scope has more than one none start event.</summary>
    public const string StartEventMultiple = "bpmn.start-event-multiple";

    /// <summary>A timer has no timeDuration, timeDate, timeCycle or gov:workingDays.</summary>
    public const string TimerExpressionMissing = "bpmn.timer-expression-missing";

    /// <summary>A timer has more than one of timeDuration, timeDate, timeCycle, gov:workingDays.</summary>
    public const string TimerExpressionMultiple = "bpmn.timer-expression-multiple";

    /// <summary>A timeDuration is not an ISO 8601 duration.</summary>
    public const string TimerDurationInvalid = "bpmn.timer-duration-invalid";

    /// <summary>A timeDate is not an ISO 8601 date-time with offset.</summary>
    public const string TimerDateInvalid = "bpmn.timer-date-invalid";

    /// <summary>A timeCycle is not an ISO 8601 repeating interval.</summary>
    public const string TimerCycleInvalid = "bpmn.timer-cycle-invalid";

    /// <summary>gov:workingDays is neither a non-negative integer nor a FEEL expression.</summary>
    public const string WorkingDaysInvalid = "bpmn.working-days-invalid";

    /// <summary>A service, send or business rule task has no gov:activity.</summary>
    public const string ActivityMissing = "bpmn.activity-missing";

    /// <summary>A call activity has no calledElement.</summary>
    public const string CalledElementMissing = "bpmn.called-element-missing";

    /// <summary>A gov:in/gov:out mapping lacks its source or target.</summary>
    public const string MappingInvalid = "bpmn.mapping-invalid";

    /// <summary>A message event or receive task has no message, or the message has no name.</summary>
    public const string MessageMissing = "bpmn.message-missing";

    /// <summary>An error throw has no error, or the error has no errorCode.</summary>
    public const string ErrorMissing = "bpmn.error-missing";

    /// <summary>An escalation throw has no escalation, or it has no escalationCode.</summary>
    public const string EscalationMissing = "bpmn.escalation-missing";

    /// <summary>An outgoing flow of an exclusive or inclusive gateway has no condition and is not the default.</summary>
    public const string ConditionMissing = "bpmn.condition-missing";

    /// <summary>The default flow is not an outgoing flow of its element.</summary>
    public const string DefaultNotOutgoing = "bpmn.default-not-outgoing";

    /// <summary>A parallel gateway's outgoing flow has a condition, which would be ignored.</summary>
    public const string ParallelCondition = "bpmn.parallel-condition";

    /// <summary>A conditional sequence flow leaves an element that is not an exclusive or inclusive gateway.</summary>
    public const string ConditionOutsideGateway = "bpmn.condition-outside-gateway";

    /// <summary>A boundary event is attached to something that is not an activity of the same scope.</summary>
    public const string BoundaryNotOnActivity = "bpmn.boundary-not-on-activity";

    /// <summary>An event-based gateway leads to something other than a timer/message catch event or a receive task.</summary>
    public const string EventGatewayTarget = "bpmn.event-gateway-target";

    /// <summary>A multi-instance activity has neither loopCardinality nor gov:collection, or a collection without gov:elementVariable.</summary>
    public const string MultiInstanceIncomplete = "bpmn.multi-instance-incomplete";

    /// <summary>A flow node cannot be reached from any start event.</summary>
    public const string Unreachable = "bpmn.unreachable";

    /// <summary>A sequence flow connects elements of different scopes.</summary>
    public const string FlowCrossesScope = "bpmn.flow-crosses-scope";

    /// <summary>An expression is empty or has a syntax error.</summary>
    public const string ExpressionInvalid = "bpmn.expression-invalid";

    /// <summary>A JUEL <c>${…}</c> expression, which the engine does not evaluate.</summary>
    public const string ExpressionJuel = "bpmn.expression-juel";

    /// <summary>A <c>gov:</c> attribute has a value outside its documented range (gov:warnAt, gov:materialPolicy).</summary>
    public const string GovAttributeInvalid = "bpmn.gov-attribute-invalid";

    /// <summary>Elements are nested deeper than the parser accepts (a hostile or broken file).</summary>
    public const string NestingTooDeep = "bpmn.nesting-too-deep";
}
