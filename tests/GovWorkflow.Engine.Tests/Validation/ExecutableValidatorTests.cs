using GovWorkflow.Engine.Model;
using GovWorkflow.Engine.Tests.Parsing;
using GovWorkflow.Engine.Validation;

namespace GovWorkflow.Engine.Tests.Validation;

public sealed class ExecutableValidatorTests
{
    private static IReadOnlyList<BpmnProblem> Validate(string body, string roots = "", IExpressionSyntaxChecker? checker = null) =>
        ExecutableValidator.Validate(BpmnText.Document(body, roots), expressions: checker);

    private static BpmnProblem Single(string body, string code, string roots = "")
    {
        var problems = Validate(body, roots);
        Assert.True(problems.Count == 1, string.Join("\n", problems));
        Assert.Equal(code, problems[0].Code);
        return problems[0];
    }

    [Fact]
    public void Validate_GovernmentApprovalChain_HasNoProblems()
    {
        var problems = Validate("""
            <bpmn:startEvent id="start"/>
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="accept"/>
            <bpmn:serviceTask id="accept" gov:activity="AcceptApplication"/>
            <bpmn:sequenceFlow id="f2" sourceRef="accept" targetRef="split"/>
            <bpmn:parallelGateway id="split"/>
            <bpmn:sequenceFlow id="f3" sourceRef="split" targetRef="review"/>
            <bpmn:sequenceFlow id="f4" sourceRef="split" targetRef="inspect"/>
            <bpmn:userTask id="review" gov:candidateGroups="reviewers" gov:warnAt="0.5,0.8"/>
            <bpmn:boundaryEvent id="sla" attachedToRef="review"><bpmn:timerEventDefinition gov:workingDays="20"/></bpmn:boundaryEvent>
            <bpmn:sequenceFlow id="f5" sourceRef="sla" targetRef="overdue"/>
            <bpmn:endEvent id="overdue"><bpmn:escalationEventDefinition escalationRef="esc"/></bpmn:endEvent>
            <bpmn:userTask id="inspect" gov:assignee="=inspector">
              <bpmn:multiInstanceLoopCharacteristics><bpmn:loopCardinality>3</bpmn:loopCardinality></bpmn:multiInstanceLoopCharacteristics>
            </bpmn:userTask>
            <bpmn:sequenceFlow id="f6" sourceRef="review" targetRef="join"/>
            <bpmn:sequenceFlow id="f7" sourceRef="inspect" targetRef="join"/>
            <bpmn:parallelGateway id="join"/>
            <bpmn:sequenceFlow id="f8" sourceRef="join" targetRef="wait"/>
            <bpmn:eventBasedGateway id="wait"/>
            <bpmn:sequenceFlow id="f9" sourceRef="wait" targetRef="supplied"/>
            <bpmn:sequenceFlow id="f10" sourceRef="wait" targetRef="timeout"/>
            <bpmn:intermediateCatchEvent id="supplied"><bpmn:messageEventDefinition messageRef="msg"/></bpmn:intermediateCatchEvent>
            <bpmn:intermediateCatchEvent id="timeout"><bpmn:timerEventDefinition><bpmn:timeDuration>P5D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
            <bpmn:sequenceFlow id="f11" sourceRef="supplied" targetRef="end"/>
            <bpmn:sequenceFlow id="f12" sourceRef="timeout" targetRef="end"/>
            <bpmn:endEvent id="end"/>
            """, """
            <bpmn:message id="msg" name="补正材料"/>
            <bpmn:escalation id="esc" escalationCode="OVERDUE"/>
            """);

        Assert.Empty(problems);
    }

    [Fact]
    public void Validate_EveryUnsupportedElement_IsReportedWithItsIdAndLine()
    {
        var problems = Validate("""
            <bpmn:startEvent id="start"/>
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="script"/>
            <bpmn:scriptTask id="script"/>
            <bpmn:sequenceFlow id="f2" sourceRef="script" targetRef="send"/>
            <bpmn:sendTask id="send"/>
            <bpmn:sequenceFlow id="f3" sourceRef="send" targetRef="tx"/>
            <bpmn:transaction id="tx"/>
            <bpmn:sequenceFlow id="f4" sourceRef="tx" targetRef="adhoc"/>
            <bpmn:adHocSubProcess id="adhoc"/>
            <bpmn:sequenceFlow id="f5" sourceRef="adhoc" targetRef="complex"/>
            <bpmn:complexGateway id="complex"/>
            <bpmn:sequenceFlow id="f6" sourceRef="complex" targetRef="signal"/>
            <bpmn:intermediateCatchEvent id="signal"><bpmn:signalEventDefinition/></bpmn:intermediateCatchEvent>
            <bpmn:sequenceFlow id="f7" sourceRef="signal" targetRef="link"/>
            <bpmn:intermediateThrowEvent id="link"><bpmn:linkEventDefinition/></bpmn:intermediateThrowEvent>
            <bpmn:sequenceFlow id="f8" sourceRef="link" targetRef="loop"/>
            <bpmn:task id="loop"><bpmn:standardLoopCharacteristics/></bpmn:task>
            <bpmn:sequenceFlow id="f9" sourceRef="loop" targetRef="cond"/>
            <bpmn:intermediateCatchEvent id="cond"><bpmn:conditionalEventDefinition/></bpmn:intermediateCatchEvent>
            <bpmn:sequenceFlow id="f10" sourceRef="cond" targetRef="comp"/>
            <bpmn:intermediateThrowEvent id="comp"><bpmn:compensateEventDefinition/></bpmn:intermediateThrowEvent>
            <bpmn:sequenceFlow id="f11" sourceRef="comp" targetRef="cancel"/>
            <bpmn:endEvent id="cancel"><bpmn:cancelEventDefinition/></bpmn:endEvent>
            """);

        Assert.Equal(
            ["script", "send", "tx", "adhoc", "complex", "signal", "link", "loop", "cond", "comp", "cancel"],
            problems.Select(p => p.ElementId));
        Assert.All(problems, p => Assert.Contains(p.Code, new[] { BpmnProblemCodes.UnsupportedElement, BpmnProblemCodes.UnsupportedEvent, BpmnProblemCodes.UnsupportedLoop }));
        Assert.Equal(BpmnText.FirstBodyLine + 2, problems[0].Line);
    }

    [Theory]
    [InlineData("", BpmnProblemCodes.StartEventMissing)]
    [InlineData("<bpmn:startEvent id=\"s2\"/>", BpmnProblemCodes.StartEventMultiple)]
    public void Validate_StartEvents_ExactlyOneNoneStart(string extra, string code)
    {
        var body = extra.Length == 0
            ? "<bpmn:task id=\"t\"/>"
            : "<bpmn:startEvent id=\"s1\"/>\n" + extra;
        var problems = Validate(body);

        Assert.Contains(problems, p => p.Code == code);
    }

    [Fact]
    public void Validate_MessageStartBesideNoneStart_IsAllowed()
    {
        var problems = Validate(
            """
            <bpmn:startEvent id="s1"/>
            <bpmn:startEvent id="s2"><bpmn:messageEventDefinition messageRef="m"/></bpmn:startEvent>
            """,
            "<bpmn:message id=\"m\" name=\"网上申报\"/>\n");

        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("<bpmn:timeDuration>PT10M</bpmn:timeDuration>", null)]
    [InlineData("<bpmn:timeDuration>P3D</bpmn:timeDuration>", null)]
    [InlineData("<bpmn:timeDuration>=slaDays</bpmn:timeDuration>", null)]
    [InlineData("<bpmn:timeDate>2026-03-02T09:00:00+08:00</bpmn:timeDate>", null)]
    [InlineData("<bpmn:timeCycle>R3/PT10M</bpmn:timeCycle>", null)]
    [InlineData("<bpmn:timeCycle>R/P1D</bpmn:timeCycle>", null)]
    [InlineData("<bpmn:timeCycle>R2/2026-03-02T09:00:00+08:00/P1D</bpmn:timeCycle>", null)]
    [InlineData("", BpmnProblemCodes.TimerExpressionMissing)]
    [InlineData("<bpmn:timeDuration>10 minutes</bpmn:timeDuration>", BpmnProblemCodes.TimerDurationInvalid)]
    [InlineData("<bpmn:timeDuration>P</bpmn:timeDuration>", BpmnProblemCodes.TimerDurationInvalid)]
    [InlineData("<bpmn:timeDate>2026-03-02 09:00</bpmn:timeDate>", BpmnProblemCodes.TimerDateInvalid)]
    [InlineData("<bpmn:timeDate>2026-03-02T09:00:00</bpmn:timeDate>", BpmnProblemCodes.TimerDateInvalid)]
    [InlineData("<bpmn:timeCycle>0 0 9 * * ?</bpmn:timeCycle>", BpmnProblemCodes.TimerCycleInvalid)]
    [InlineData("<bpmn:timeCycle>R3/PT10X</bpmn:timeCycle>", BpmnProblemCodes.TimerCycleInvalid)]
    [InlineData("<bpmn:timeDuration>${sla}</bpmn:timeDuration>", BpmnProblemCodes.ExpressionJuel)]
    [InlineData("<bpmn:timeDuration>P1D</bpmn:timeDuration><bpmn:timeCycle>R/P1D</bpmn:timeCycle>", BpmnProblemCodes.TimerExpressionMultiple)]
    public void Validate_TimerExpressions(string timer, string? code)
    {
        var problems = Validate(BpmnText.Line($"""
            <bpmn:intermediateCatchEvent id="work"><bpmn:timerEventDefinition>{timer}</bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
            """));

        if (code is null)
        {
            Assert.Empty(problems);
        }
        else
        {
            Assert.Equal(code, problems[0].Code);
            Assert.Equal("work", problems[0].ElementId);
        }
    }

    [Theory]
    [InlineData("20", null)]
    [InlineData("0", null)]
    [InlineData("=item.statutoryDays", null)]
    [InlineData("-1", BpmnProblemCodes.WorkingDaysInvalid)]
    [InlineData("twenty", BpmnProblemCodes.WorkingDaysInvalid)]
    [InlineData("=", BpmnProblemCodes.ExpressionInvalid)]
    public void Validate_WorkingDays(string value, string? code)
    {
        var problems = Validate(BpmnText.Line($"""
            <bpmn:intermediateCatchEvent id="work"><bpmn:timerEventDefinition gov:workingDays="{value}"/></bpmn:intermediateCatchEvent>
            """));

        Assert.Equal(code, problems.SingleOrDefault()?.Code);
    }

    [Theory]
    [InlineData("gov:workingDays=\"5\" gov:from=\"=acceptedOn\"", null)]
    [InlineData("gov:workingDays=\"5\" gov:from=\"acceptedOn\"", BpmnProblemCodes.GovAttributeInvalid)]
    [InlineData("gov:workingDays=\"5\" gov:from=\"=\"", BpmnProblemCodes.ExpressionInvalid)]
    public void Validate_WorkingDaysFrom(string attributes, string? code)
    {
        var problems = Validate(BpmnText.Line($"""
            <bpmn:intermediateCatchEvent id="work"><bpmn:timerEventDefinition {attributes}/></bpmn:intermediateCatchEvent>
            """));

        Assert.Equal(code, problems.SingleOrDefault()?.Code);
    }

    [Fact]
    public void Validate_FromWithoutWorkingDays_IsRefused()
    {
        var problems = Validate(BpmnText.Line("""
            <bpmn:intermediateCatchEvent id="work"><bpmn:timerEventDefinition gov:from="=acceptedOn"><bpmn:timeDuration>P3D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
            """));

        Assert.Equal(BpmnProblemCodes.GovAttributeInvalid, Assert.Single(problems).Code);
    }

    [Fact]
    public void Validate_ServiceTaskWithoutActivity_AndCallWithoutCalledElement()
    {
        Assert.Equal("work", Single(BpmnText.Line("""<bpmn:serviceTask id="work"/>"""), BpmnProblemCodes.ActivityMissing).ElementId);
        Single(BpmnText.Line("""<bpmn:callActivity id="work"/>"""), BpmnProblemCodes.CalledElementMissing);
        Single(BpmnText.Line("""<bpmn:callActivity id="work" calledElement="Sub"><bpmn:extensionElements><gov:in target="x"/></bpmn:extensionElements></bpmn:callActivity>"""), BpmnProblemCodes.MappingInvalid);
    }

    [Fact]
    public void Validate_MessagesNeedNames()
    {
        Single(BpmnText.Line("""<bpmn:receiveTask id="work"/>"""), BpmnProblemCodes.MessageMissing);
        Single(BpmnText.Line("""<bpmn:intermediateCatchEvent id="work"><bpmn:messageEventDefinition messageRef="m"/></bpmn:intermediateCatchEvent>"""), BpmnProblemCodes.MessageMissing, "<bpmn:message id=\"m\"/>\n");
    }

    [Fact]
    public void Validate_ErrorAndEscalationThrows_NeedCodes()
    {
        Single("""<bpmn:startEvent id="s"/><bpmn:sequenceFlow id="f" sourceRef="s" targetRef="e"/><bpmn:endEvent id="e"><bpmn:errorEventDefinition/></bpmn:endEvent>""", BpmnProblemCodes.ErrorMissing);
        Single("""<bpmn:startEvent id="s"/><bpmn:sequenceFlow id="f" sourceRef="s" targetRef="e"/><bpmn:endEvent id="e"><bpmn:escalationEventDefinition escalationRef="x"/></bpmn:endEvent>""", BpmnProblemCodes.EscalationMissing, "<bpmn:escalation id=\"x\"/>\n");
    }

    [Fact]
    public void Validate_GatewayConditions()
    {
        var problems = Validate("""
            <bpmn:startEvent id="s"/>
            <bpmn:sequenceFlow id="f0" sourceRef="s" targetRef="xor"/>
            <bpmn:exclusiveGateway id="xor" default="f3"/>
            <bpmn:sequenceFlow id="f1" sourceRef="xor" targetRef="and"><bpmn:conditionExpression>=ok</bpmn:conditionExpression></bpmn:sequenceFlow>
            <bpmn:sequenceFlow id="f2" sourceRef="xor" targetRef="and"/>
            <bpmn:task id="t"/>
            <bpmn:sequenceFlow id="f3" sourceRef="t" targetRef="and"/>
            <bpmn:parallelGateway id="and"/>
            <bpmn:sequenceFlow id="f4" sourceRef="and" targetRef="e"><bpmn:conditionExpression>=x</bpmn:conditionExpression></bpmn:sequenceFlow>
            <bpmn:endEvent id="e"/>
            """);

        Assert.Equal(
            [(BpmnProblemCodes.DefaultNotOutgoing, "xor"), (BpmnProblemCodes.ConditionMissing, "f2"), (BpmnProblemCodes.Unreachable, "t"), (BpmnProblemCodes.ParallelCondition, "f4")],
            problems.Select(p => (p.Code, p.ElementId)));
    }

    [Fact]
    public void Validate_ConditionOnTaskFlow_AndJuelCondition()
    {
        var problems = Validate("""
            <bpmn:startEvent id="s"/>
            <bpmn:sequenceFlow id="f0" sourceRef="s" targetRef="t"/>
            <bpmn:task id="t"/>
            <bpmn:sequenceFlow id="f1" sourceRef="t" targetRef="g"><bpmn:conditionExpression>=ok</bpmn:conditionExpression></bpmn:sequenceFlow>
            <bpmn:inclusiveGateway id="g"/>
            <bpmn:sequenceFlow id="f2" sourceRef="g" targetRef="e"><bpmn:conditionExpression>${amount &gt; 1000}</bpmn:conditionExpression></bpmn:sequenceFlow>
            <bpmn:sequenceFlow id="f3" sourceRef="g" targetRef="e"><bpmn:conditionExpression>=amount &lt;= 1000</bpmn:conditionExpression></bpmn:sequenceFlow>
            <bpmn:endEvent id="e"/>
            """);

        Assert.Equal([(BpmnProblemCodes.ConditionOutsideGateway, "f1"), (BpmnProblemCodes.ExpressionJuel, "f2")], problems.Select(p => (p.Code, p.ElementId)));
        Assert.Contains("FEEL", problems[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ExpressionChecker_IsCalledWithoutLeadingEquals()
    {
        var checker = new RecordingChecker();
        var problems = Validate(
            BpmnText.Line("""<bpmn:userTask id="work" gov:assignee="= applicant.owner"><bpmn:multiInstanceLoopCharacteristics><bpmn:loopCardinality>bad(</bpmn:loopCardinality></bpmn:multiInstanceLoopCharacteristics></bpmn:userTask>"""),
            checker: checker);

        Assert.Equal(["applicant.owner", "bad("], checker.Seen);
        var problem = Assert.Single(problems);
        Assert.Equal(BpmnProblemCodes.ExpressionInvalid, problem.Code);
        Assert.Contains("括号不匹配", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BoundaryOnGateway_AndEventGatewayToTask()
    {
        var problems = Validate("""
            <bpmn:startEvent id="s"/>
            <bpmn:sequenceFlow id="f0" sourceRef="s" targetRef="g"/>
            <bpmn:eventBasedGateway id="g"/>
            <bpmn:sequenceFlow id="f1" sourceRef="g" targetRef="t"/>
            <bpmn:task id="t"/>
            <bpmn:boundaryEvent id="b" attachedToRef="g"><bpmn:timerEventDefinition><bpmn:timeDuration>P1D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>
            """);

        Assert.Equal([(BpmnProblemCodes.EventGatewayTarget, "f1"), (BpmnProblemCodes.BoundaryNotOnActivity, "b")], problems.Select(p => (p.Code, p.ElementId)));
    }

    [Theory]
    [InlineData("<bpmn:multiInstanceLoopCharacteristics/>")]
    [InlineData("<bpmn:multiInstanceLoopCharacteristics gov:collection=\"=departments\"/>")]
    public void Validate_MultiInstance_NeedsCardinalityOrCollectionWithVariable(string loop)
    {
        Single(BpmnText.Line($"<bpmn:userTask id=\"work\">{loop}</bpmn:userTask>"), BpmnProblemCodes.MultiInstanceIncomplete);
    }

    [Fact]
    public void Validate_FlowIntoSubProcess_CrossesScope()
    {
        var problems = Validate("""
            <bpmn:startEvent id="s"/>
            <bpmn:sequenceFlow id="f0" sourceRef="s" targetRef="sub"/>
            <bpmn:subProcess id="sub">
              <bpmn:startEvent id="in"/>
              <bpmn:sequenceFlow id="f1" sourceRef="in" targetRef="inner"/>
              <bpmn:task id="inner"/>
            </bpmn:subProcess>
            <bpmn:sequenceFlow id="cross" sourceRef="inner" targetRef="e"/>
            <bpmn:endEvent id="e"/>
            """);

        Assert.Equal([(BpmnProblemCodes.FlowCrossesScope, "cross")], problems.Select(p => (p.Code, p.ElementId)));
    }

    [Fact]
    public void Validate_GovAttributesOutOfRange_AreReported()
    {
        var problems = Validate(BpmnText.Line("""<bpmn:userTask id="work" gov:warnAt="0.8,0.5" gov:materialPolicy="lenient"/>"""));

        Assert.Equal(2, problems.Count(p => p.Code == BpmnProblemCodes.GovAttributeInvalid));
    }

    [Fact]
    public void Validate_ProcessChoice_ReportsAbsenceAndAmbiguity()
    {
        var document = BpmnText.Document("<bpmn:startEvent id=\"s\"/>", "<bpmn:process id=\"Q\" isExecutable=\"true\"><bpmn:startEvent id=\"s2\"/></bpmn:process>\n");

        Assert.Equal(BpmnProblemCodes.ProcessAmbiguous, Assert.Single(ExecutableValidator.Validate(document)).Code);
        Assert.Equal(BpmnProblemCodes.ProcessNotFound, Assert.Single(ExecutableValidator.Validate(document, "Nope")).Code);
        Assert.Empty(ExecutableValidator.Validate(document, "Q"));
    }

    [Fact]
    public void Validate_ThrowingChecker_BecomesAProblem()
    {
        var problems = Validate(BpmnText.Line("""<bpmn:userTask id="work" gov:assignee="=x"/>"""), checker: new ThrowingChecker());

        Assert.Equal(BpmnProblemCodes.ExpressionInvalid, Assert.Single(problems).Code);
    }

    private sealed class RecordingChecker : IExpressionSyntaxChecker
    {
        public List<string> Seen { get; } = [];

        public string? Check(string expression)
        {
            Seen.Add(expression);
            return expression.EndsWith('(') ? "括号不匹配。" : null;
        }
    }

    private sealed class ThrowingChecker : IExpressionSyntaxChecker
    {
        public string? Check(string expression) => throw new InvalidOperationException("boom");
    }
}
