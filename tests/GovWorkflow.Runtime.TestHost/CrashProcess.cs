namespace GovWorkflow.Runtime.TestHost;

/// <summary>The process the recovery tests run: a task, a one-second timer, two parallel tasks with a reminder, a join.</summary>
internal static class CrashProcess
{
    public const string Id = "crashTest";

    public const string Xml = """
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="crash" targetNamespace="https://govworkflow.org/tests/crash">
          <process id="crashTest" isExecutable="true">
            <startEvent id="start"/>
            <sequenceFlow id="f1" sourceRef="start" targetRef="receive"/>
            <userTask id="receive" name="收件"/>
            <sequenceFlow id="f2" sourceRef="receive" targetRef="cooling"/>
            <intermediateCatchEvent id="cooling"><timerEventDefinition><timeDuration>PT1S</timeDuration></timerEventDefinition></intermediateCatchEvent>
            <sequenceFlow id="f3" sourceRef="cooling" targetRef="fork"/>
            <parallelGateway id="fork"/>
            <sequenceFlow id="p1" sourceRef="fork" targetRef="licence"/>
            <sequenceFlow id="p2" sourceRef="fork" targetRef="permit"/>
            <userTask id="licence" name="营业执照"/>
            <userTask id="permit" name="食品经营许可"/>
            <boundaryEvent id="remind" attachedToRef="permit" cancelActivity="false"><timerEventDefinition><timeCycle>R2/PT1S</timeCycle></timerEventDefinition></boundaryEvent>
            <sequenceFlow id="r1" sourceRef="remind" targetRef="reminded"/>
            <endEvent id="reminded"/>
            <sequenceFlow id="j1" sourceRef="licence" targetRef="join"/>
            <sequenceFlow id="j2" sourceRef="permit" targetRef="join"/>
            <parallelGateway id="join"/>
            <sequenceFlow id="f4" sourceRef="join" targetRef="end"/>
            <endEvent id="end"/>
          </process>
        </definitions>
        """;
}
