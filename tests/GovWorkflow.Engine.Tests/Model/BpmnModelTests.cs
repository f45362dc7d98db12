using GovWorkflow.Engine.Model;
using GovWorkflow.Engine.Tests.Parsing;

namespace GovWorkflow.Engine.Tests.Model;

public sealed class BpmnModelTests
{
    private const string Approval = """
        <bpmn:startEvent id="start" name="收件"/>
        <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="review"/>
        <bpmn:userTask id="review" name="审查" gov:candidateDepartments="SFS-SCJGJ,SFS-WJW" gov:formKey="review-form" gov:warnAt="0.5,0.8" gov:materialPolicy="tolerant">
          <bpmn:multiInstanceLoopCharacteristics isSequential="false" gov:collection="=departments" gov:elementVariable="department">
            <bpmn:completionCondition>=nrOfCompletedInstances = nrOfInstances</bpmn:completionCondition>
          </bpmn:multiInstanceLoopCharacteristics>
        </bpmn:userTask>
        <bpmn:boundaryEvent id="warn" attachedToRef="review" cancelActivity="false">
          <bpmn:timerEventDefinition id="warnTimer" gov:workingDays="15"/>
        </bpmn:boundaryEvent>
        <bpmn:sequenceFlow id="f2" sourceRef="review" targetRef="decide"/>
        <bpmn:exclusiveGateway id="decide" default="toRefuse"/>
        <bpmn:sequenceFlow id="toApprove" sourceRef="decide" targetRef="issue"><bpmn:conditionExpression>=approved</bpmn:conditionExpression></bpmn:sequenceFlow>
        <bpmn:sequenceFlow id="toRefuse" sourceRef="decide" targetRef="end"/>
        <bpmn:serviceTask id="issue" gov:activity="IssueCertificate"/>
        <bpmn:sequenceFlow id="f3" sourceRef="issue" targetRef="sub"/>
        <bpmn:callActivity id="sub" calledElement="FireSafetyCheck">
          <bpmn:extensionElements>
            <gov:in source="=applicant" target="applicant"/>
            <gov:out source="=result" target="fireResult"/>
            <gov:material code="M-001" name="营业执照"/>
          </bpmn:extensionElements>
        </bpmn:callActivity>
        <bpmn:sequenceFlow id="f4" sourceRef="sub" targetRef="end"/>
        <bpmn:endEvent id="end"/>
        <bpmn:subProcess id="onMessage" triggeredByEvent="true">
          <bpmn:startEvent id="msgStart" isInterrupting="false"><bpmn:messageEventDefinition messageRef="urge"/></bpmn:startEvent>
          <bpmn:sequenceFlow id="e1" sourceRef="msgStart" targetRef="msgEnd"/>
          <bpmn:endEvent id="msgEnd"/>
        </bpmn:subProcess>
        <bpmn:laneSet id="ls"><bpmn:lane id="window" name="综合窗口"><bpmn:flowNodeRef>start</bpmn:flowNodeRef>
          <bpmn:childLaneSet id="cls"><bpmn:lane id="inner"><bpmn:flowNodeRef>review</bpmn:flowNodeRef></bpmn:lane></bpmn:childLaneSet></bpmn:lane></bpmn:laneSet>
        """;

    private static BpmnDocument Load() => BpmnText.Document(Approval, """
        <bpmn:message id="urge" name="催办"/>
        <bpmn:error id="err" errorCode="E42"/>
        """);

    [Fact]
    public void Process_ExposesElementsInDocumentOrderWithLookups()
    {
        var process = Load().Processes[0];

        Assert.True(process.IsExecutable);
        Assert.Equal("start", process.FlowElements[0].Id);
        Assert.Same(process.FindFlowElement("review"), process.FindElement("review"));
        Assert.Null(process.FindFlowElement("msgStart"));
        Assert.IsType<StartEvent>(process.FindElement("msgStart"));
        Assert.Equal("onMessage", process.FindElement("msgEnd")!.ScopeId);
        Assert.Same(process.FindElement("onMessage"), process.FindScope("msgEnd"));
        Assert.Equal(process.AllFlowElements.Count, process.FlowElements.Count + 3);
    }

    [Fact]
    public void FlowNodes_IncomingAndOutgoing_AreDerivedFromFlows()
    {
        var process = Load().Processes[0];

        var gateway = Assert.IsType<ExclusiveGateway>(process.FindElement("decide"));
        Assert.Equal(["toApprove", "toRefuse"], gateway.Outgoing);
        Assert.Equal(["f2"], gateway.Incoming);
        Assert.Equal("toRefuse", gateway.Default);
        Assert.Equal(["toRefuse", "f4"], ((FlowNode)process.FindElement("end")!).Incoming);
        Assert.Equal("=approved", Assert.IsType<SequenceFlow>(process.FindElement("toApprove")).ConditionExpression);
        Assert.Null(Assert.IsType<SequenceFlow>(process.FindElement("toRefuse")).ConditionExpression);
    }

    [Fact]
    public void UserTask_GovAttributesAndMultiInstance_AreTyped()
    {
        var task = Assert.IsType<UserTask>(Load().Processes[0].FindElement("review"));

        Assert.Equal("SFS-SCJGJ,SFS-WJW", task.CandidateDepartments);
        Assert.Equal("review-form", task.FormKey);
        Assert.Null(task.Assignee);
        Assert.Equal("0.5,0.8", task.GetGovAttribute(GovNames.WarnAt));
        Assert.Equal("tolerant", task.GovAttributes[GovNames.MaterialPolicy]);
        var loop = Assert.IsType<MultiInstanceLoopCharacteristics>(task.LoopCharacteristics);
        Assert.False(loop.IsSequential);
        Assert.Equal("=departments", loop.Collection);
        Assert.Equal("department", loop.ElementVariable);
        Assert.Equal("=nrOfCompletedInstances = nrOfInstances", loop.CompletionCondition);
        Assert.Equal(["warn"], task.BoundaryEvents);
    }

    [Fact]
    public void BoundaryTimer_KeepsWorkingDaysAndInterruptingFlag()
    {
        var boundary = Assert.IsType<BoundaryEvent>(Load().Processes[0].FindElement("warn"));

        Assert.Equal("review", boundary.AttachedToRef);
        Assert.False(boundary.CancelActivity);
        var timer = Assert.IsType<TimerEventDefinition>(boundary.Definition);
        Assert.Equal("15", timer.WorkingDays);
        Assert.Null(timer.TimeDuration);
        Assert.Equal("warnTimer", timer.Id);
    }

    [Fact]
    public void CallActivity_MappingsAndMaterials_AreRead()
    {
        var call = Assert.IsType<CallActivity>(Load().Processes[0].FindElement("sub"));

        Assert.Equal("FireSafetyCheck", call.CalledElement);
        Assert.Equal(("=applicant", "applicant"), (call.Inputs[0].Source, call.Inputs[0].Target));
        Assert.Equal(("=result", "fireResult"), (call.Outputs[0].Source, call.Outputs[0].Target));
        var material = Assert.Single(call.GovElements, e => e.LocalName == GovNames.Material);
        Assert.Equal("营业执照", material.GetAttribute("name"));
    }

    [Fact]
    public void EventSubProcess_StartIsNonInterruptingWithResolvedMessage()
    {
        var process = Load().Processes[0];

        var sub = Assert.IsType<SubProcess>(process.FindElement("onMessage"));
        Assert.True(sub.TriggeredByEvent);
        var start = Assert.IsType<StartEvent>(sub.FlowElements[0]);
        Assert.False(start.IsInterrupting);
        Assert.Equal("催办", Assert.IsType<MessageEventDefinition>(start.Definition).Message!.Name);
    }

    [Fact]
    public void Lanes_IncludeChildLaneSets()
    {
        var lane = Assert.Single(Load().Processes[0].LaneSets[0].Lanes);

        Assert.Equal("综合窗口", lane.Name);
        Assert.Equal(["start"], lane.FlowNodeRefs);
        Assert.Equal(["review"], lane.ChildLaneSet!.Lanes[0].FlowNodeRefs);
    }

    [Fact]
    public void Document_RootDefinitionsAndTargetNamespace_AreRead()
    {
        var document = Load();

        Assert.Equal("https://example.gov.cn/bpmn", document.TargetNamespace);
        Assert.Equal("Defs", document.Definitions.Id);
        Assert.Equal("E42", Assert.Single(document.Errors).ErrorCode);
        Assert.Same(document.Processes[0], document.FindProcess("P"));
        Assert.Null(document.Collaboration);
    }

    [Fact]
    public void Miwg_CollaborationPoolsAndMessageFlows_AreRead()
    {
        var document = MiwgFiles.Parse("B.2.0.bpmn").Document!;

        var collaboration = Assert.IsType<Collaboration>(document.Collaboration);
        Assert.NotEmpty(collaboration.Participants);
        Assert.NotEmpty(collaboration.MessageFlows);
        Assert.Contains(collaboration.Participants, p => p.ProcessRef is not null && document.FindProcess(p.ProcessRef) is not null);
    }

    [Fact]
    public void Miwg_TimerBoundaries_KeepIsoExpressions()
    {
        var process = MiwgFiles.Parse("C.9.1.bpmn").Document!.Processes.Single(p => p.AllFlowElements.OfType<BoundaryEvent>().Any());
        var timers = process.AllFlowElements.OfType<BoundaryEvent>().Select(b => (b.CancelActivity, Timer: b.Definition as TimerEventDefinition)).ToList();

        Assert.Contains(timers, t => t.CancelActivity && t.Timer?.TimeDuration == "P7D");
        Assert.Contains(timers, t => !t.CancelActivity && t.Timer?.TimeCycle == "R6/P1D");
    }

    [Fact]
    public void Problem_FormatsAsFileLineColumnIdMessageCode()
    {
        var problem = new BpmnProblem(BpmnProblemCodes.DuplicateId, "重复", "a.bpmn", 3, 7, "task1");

        Assert.Equal("a.bpmn:3:7 task1 重复 [bpmn.duplicate-id]", problem.ToString());
        Assert.Equal("a.bpmn:0:0 - 重复 [bpmn.duplicate-id]", (problem with { Line = 0, Column = 0, ElementId = null }).ToString());
    }
}
