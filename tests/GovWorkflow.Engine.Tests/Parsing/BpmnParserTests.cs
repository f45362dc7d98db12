using System.Text;
using GovWorkflow.Engine.Model;
using GovWorkflow.Engine.Parsing;

namespace GovWorkflow.Engine.Tests.Parsing;

public sealed class BpmnParserTests
{
    [Fact]
    public void Parse_MalformedXml_ReportsXmlExceptionLineAndColumn()
    {
        var result = BpmnParser.Parse("<?xml version=\"1.0\"?>\n<definitions>\n  <process id=\"P\">\n</definitions>\n", "bad.bpmn");

        Assert.Null(result.Document);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(BpmnProblemCodes.XmlMalformed, problem.Code);
        Assert.Equal(("bad.bpmn", 4, 3), (problem.File, problem.Line, problem.Column));
        Assert.Contains("XML 格式错误", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EmptyInput_ReportsMalformedWithoutThrowing()
    {
        var result = BpmnParser.Parse(new MemoryStream([]), "empty.bpmn");

        Assert.Equal(BpmnProblemCodes.XmlMalformed, Assert.Single(result.Problems).Code);
    }

    [Fact]
    public void Parse_DocumentTypeDefinition_IsRefused()
    {
        const string bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE d [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>\n<d>&b;</d>";

        var result = BpmnParser.Parse(bomb, "dtd.bpmn");

        Assert.Null(result.Document);
        Assert.Equal(BpmnProblemCodes.XmlMalformed, Assert.Single(result.Problems).Code);
        Assert.Contains("DTD", result.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RootIsNotDefinitions_ReportsNotDefinitions()
    {
        var result = BpmnParser.Parse("<definitions xmlns=\"http://example.com/other\"/>", "x.bpmn");

        Assert.Null(result.Document);
        Assert.Equal(BpmnProblemCodes.NotDefinitions, Assert.Single(result.Problems).Code);
    }

    [Fact]
    public void Parse_TooLarge_IsRefusedBeforeReading()
    {
        var result = BpmnParser.Parse(new string(' ', BpmnParser.MaxFileSize + 1), "big.bpmn");

        Assert.Equal(BpmnProblemCodes.FileTooLarge, Assert.Single(result.Problems).Code);
    }

    [Fact]
    public void Parse_DefaultNamespaceAndIso88591_ReadsNamesWithAccents()
    {
        var text = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"><process id=\"P\"><task id=\"t\" name=\"Prüfung\"/></process></definitions>";
        var bytes = Encoding.Latin1.GetBytes(text);

        var result = BpmnParser.Parse(new MemoryStream(bytes), "latin1.bpmn");

        Assert.Empty(result.Problems);
        Assert.Equal("Prüfung", result.Document!.Processes[0].FlowElements[0].Name);
        Assert.IsType<BpmnTask>(result.Document.Processes[0].FlowElements[0]);
    }

    [Fact]
    public void Parse_SequenceFlowToMissingIds_ReportsSourceAndTargetWithLineAndId()
    {
        var result = BpmnText.Parse(BpmnText.Process("""
            <bpmn:startEvent id="start"/>
            <bpmn:sequenceFlow id="f1" sourceRef="nowhere" targetRef="start"/>
            <bpmn:sequenceFlow id="f2" sourceRef="start" targetRef="ghost"/>
            """));

        Assert.NotNull(result.Document);
        Assert.Collection(
            result.Problems,
            p => Assert.Equal((BpmnProblemCodes.FlowSourceMissing, 5, 2, "f1"), (p.Code, p.Line, p.Column, p.ElementId)),
            p => Assert.Equal((BpmnProblemCodes.FlowTargetMissing, 6, 2, "f2"), (p.Code, p.Line, p.Column, p.ElementId)));
    }

    [Fact]
    public void Parse_DuplicateIds_ReportsEverySecondOccurrenceNamingTheFirstLine()
    {
        var result = BpmnText.Parse(BpmnText.Process("""
            <bpmn:startEvent id="a"/>
            <bpmn:task id="a"/>
            <bpmn:task id="b"/>
            <bpmn:endEvent id="b"/>
            """));

        Assert.Equal(2, result.Problems.Count(p => p.Code == BpmnProblemCodes.DuplicateId));
        var first = result.Problems[0];
        Assert.Equal((5, 2, "a"), (first.Line, first.Column, first.ElementId));
        Assert.Contains("第 4 行", first.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_GatewayWithoutOutgoing_IsReported()
    {
        var result = BpmnText.Parse(BpmnText.Process("""
            <bpmn:startEvent id="start"/>
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="gw"/>
            <bpmn:exclusiveGateway id="gw"/>
            """));

        var problem = Assert.Single(result.Problems);
        Assert.Equal((BpmnProblemCodes.GatewayNoOutgoing, 6, 2, "gw"), (problem.Code, problem.Line, problem.Column, problem.ElementId));
    }

    [Fact]
    public void Parse_BoundaryOnMissingActivity_IsReported()
    {
        var result = BpmnText.Parse(BpmnText.Process("""
            <bpmn:boundaryEvent id="b" attachedToRef="missing"><bpmn:timerEventDefinition/></bpmn:boundaryEvent>
            """));

        var problem = Assert.Single(result.Problems);
        Assert.Equal((BpmnProblemCodes.BoundaryAttachedMissing, 4, 2, "b"), (problem.Code, problem.Line, problem.Column, problem.ElementId));
    }

    [Fact]
    public void Parse_DanglingReferences_ReportsEachOne()
    {
        var result = BpmnText.Parse(BpmnText.Process(
            """
            <bpmn:startEvent id="s"><bpmn:messageEventDefinition id="md" messageRef="noMessage"/></bpmn:startEvent>
            <bpmn:endEvent id="e1"><bpmn:errorEventDefinition id="ed" errorRef="noError"/></bpmn:endEvent>
            <bpmn:endEvent id="e2"><bpmn:escalationEventDefinition id="xd" escalationRef="noEscalation"/></bpmn:endEvent>
            <bpmn:exclusiveGateway id="gw" default="noFlow"/>
            <bpmn:sequenceFlow id="f" sourceRef="gw" targetRef="e1"/>
            <bpmn:callActivity id="call" calledElement="OtherProcessNotInThisFile"/>
            """));

        Assert.Collection(
            result.Problems,
            p => Assert.Equal((BpmnProblemCodes.MissingReference, 4, "md"), (p.Code, p.Line, p.ElementId)),
            p => Assert.Equal((BpmnProblemCodes.MissingReference, 5, "ed"), (p.Code, p.Line, p.ElementId)),
            p => Assert.Equal((BpmnProblemCodes.MissingReference, 6, "xd"), (p.Code, p.Line, p.ElementId)),
            p => Assert.Equal((BpmnProblemCodes.MissingReference, 7, "gw"), (p.Code, p.Line, p.ElementId)));
        Assert.Contains("noFlow", result.Problems[3].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ManyProblems_ReportsAllInDocumentOrder()
    {
        var result = BpmnText.Parse(BpmnText.Process("""
            <bpmn:sequenceFlow id="f1" sourceRef="x" targetRef="y"/>
            <bpmn:parallelGateway id="g"/>
            <bpmn:task id="g"/>
            """));

        Assert.Equal(
            [BpmnProblemCodes.FlowSourceMissing, BpmnProblemCodes.FlowTargetMissing, BpmnProblemCodes.GatewayNoOutgoing, BpmnProblemCodes.DuplicateId],
            result.Problems.Select(p => p.Code));
    }

    [Fact]
    public void Parse_QualifiedReferences_AreResolvedWithoutPrefix()
    {
        var document = BpmnText.Document(
            """<bpmn:receiveTask id="r" messageRef="tns:m1"/>""",
            """<bpmn:message id="m1" name="材料补正"/>""" + "\n");

        var receive = Assert.IsType<ReceiveTask>(document.Processes[0].FindFlowElement("r"));
        Assert.Equal("材料补正", receive.Message!.Name);
    }

    [Fact]
    public void Parse_UnknownVendorExtensions_AreIgnoredButPreservedOnSave()
    {
        var text = BpmnText.Process("""<bpmn:userTask id="u" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" camunda:assignee="demo"><bpmn:extensionElements><camunda:properties/></bpmn:extensionElements></bpmn:userTask>""");
        var document = BpmnText.Document(BpmnText.Line("""<bpmn:userTask id="work" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" camunda:assignee="demo"/>"""));

        using var saved = new MemoryStream();
        document.Save(saved);

        Assert.Contains("camunda:assignee=\"demo\"", Encoding.UTF8.GetString(saved.ToArray()), StringComparison.Ordinal);
        Assert.Empty(BpmnText.Parse(text).Problems);
    }
}
