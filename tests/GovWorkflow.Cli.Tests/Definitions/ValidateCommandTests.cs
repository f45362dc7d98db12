using GovWorkflow.Cli.Tests.TestSupport;

namespace GovWorkflow.Cli.Tests.Definitions;

public sealed class ValidateCommandTests
{
    private const string Header = """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:gov="https://schemas.govworkflow.org/bpmn/gov/1.0" id="d">
        """;

    private const string Runnable = Header + """

        <process id="Permit" isExecutable="true">
          <startEvent id="start"/>
          <sequenceFlow id="f1" sourceRef="start" targetRef="review"/>
          <userTask id="review" gov:candidateGroups="reviewers"/>
          <sequenceFlow id="f2" sourceRef="review" targetRef="end"/>
          <endEvent id="end"/>
        </process>
        </definitions>
        """;

    [Fact]
    public async Task Validate_RunnableFile_PrintsOkAndExitsZero()
    {
        using var folder = new TempDirectory();
        var file = folder.Write("permit.bpmn", Runnable);

        var result = await Govwf.RunAsync("validate", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"{file}: 校验通过，流程 Permit 可以执行（3 个节点）", result.Out.Trim());
    }

    [Fact]
    public async Task Validate_MiwgFileParseOnly_IsOk()
    {
        var file = Path.Combine(RepositoryPaths.SharedData, "bpmn-miwg", "Reference", "C.1.0.bpmn");

        var result = await Govwf.RunAsync("validate", "--parse-only", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("解析通过", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_MiwgFile_ReportsWhatCannotRunWithPlaces()
    {
        var file = Path.Combine(RepositoryPaths.SharedData, "bpmn-miwg", "Reference", "C.9.1.bpmn");

        var result = await Govwf.RunAsync("validate", file);

        Assert.Equal(2, result.ExitCode);
        Assert.All(result.OutLines, line => Assert.Matches(@"^.+C\.9\.1\.bpmn:\d+:\d+ \S+ .+ \[bpmn\.[a-z-]+\]$", line));
    }

    [Fact]
    public async Task Validate_BrokenFiles_PrintsEveryProblemAndExitsTwo()
    {
        using var folder = new TempDirectory();
        var malformed = folder.Write("malformed.bpmn", Header + "\n<process id=\"P\">\n</definitions>\n");
        var dangling = folder.Write("dangling.bpmn", Runnable.Replace("targetRef=\"end\"", "targetRef=\"finish\"", StringComparison.Ordinal));
        var good = folder.Write("good.bpmn", Runnable);

        var result = await Govwf.RunAsync("validate", malformed, dangling, good);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{malformed}:4:3 - XML 格式错误", result.Out, StringComparison.Ordinal);
        Assert.True(result.Out.Contains($"{dangling}:7:4 f2 ", StringComparison.Ordinal), result.Out);
        Assert.Contains("[bpmn.flow-target-missing]", result.Out, StringComparison.Ordinal);
        Assert.Contains($"{good}: 校验通过", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_ProcessOption_PicksTheProcess()
    {
        using var folder = new TempDirectory();
        var file = folder.Write("permit.bpmn", Runnable);

        var missing = await Govwf.RunAsync("validate", file, "--process", "Other");
        var chosen = await Govwf.RunAsync("validate", file, "--process", "Permit");

        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("[bpmn.process-not-found]", missing.Out, StringComparison.Ordinal);
        Assert.Equal(0, chosen.ExitCode);
    }

    [Fact]
    public async Task Validate_MissingFile_ExitsTwo()
    {
        var result = await Govwf.RunAsync("validate", "no-such-file.bpmn");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no-such-file.bpmn:0:0 - 文件不存在", result.Out, StringComparison.Ordinal);
    }
}
