using GovWorkflow.Engine.Model;
using GovWorkflow.Engine.Parsing;

namespace GovWorkflow.Engine.Tests.Parsing;

/// <summary>Builds small BPMN files for tests: the definitions header is fixed so that line numbers are predictable.</summary>
internal static class BpmnText
{
    /// <summary>Lines before the process body: the declaration (1), definitions (2), process (3); the body starts on line 4.</summary>
    public const int FirstBodyLine = 4;

    public static string Process(string body, string roots = "", string processAttributes = "isExecutable=\"true\"") =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" xmlns:gov=\"https://schemas.govworkflow.org/bpmn/gov/1.0\" id=\"Defs\" targetNamespace=\"https://example.gov.cn/bpmn\">\n"
        + $"<bpmn:process id=\"P\" {processAttributes}>\n"
        + body.Trim() + "\n"
        + "</bpmn:process>\n"
        + roots
        + "</bpmn:definitions>\n";

    public static BpmnParseResult Parse(string text) => BpmnParser.Parse(text, "test.bpmn");

    public static BpmnDocument Document(string body, string roots = "")
    {
        var result = Parse(Process(body, roots));
        Assert.True(result.Problems.Count == 0, string.Join("\n", result.Problems));
        return result.Document!;
    }

    /// <summary>A runnable straight line: start → work → end, with the work element given.</summary>
    public static string Line(string work, string workId = "work") => $"""
        <bpmn:startEvent id="start"/>
        <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="{workId}"/>
        {work}
        <bpmn:sequenceFlow id="f2" sourceRef="{workId}" targetRef="end"/>
        <bpmn:endEvent id="end"/>
        """;
}
