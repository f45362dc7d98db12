namespace GovWorkflow.Engine.Tests.Conformance;

/// <summary>
/// Differential tests: every case runs through GovWorkflow's interpreter and through bpmn-engine 25.0.1
/// (npm, <c>tests/bpmn-engine-diff/run.mjs</c>), and the completed elements and end states must agree,
/// except for the differences each case declares with its reason.
/// </summary>
public sealed class BpmnEngineConformanceTests(BpmnEngineResults theirs) : IClassFixture<BpmnEngineResults>
{
    public static TheoryData<string> CaseNames => [.. ConformanceCases.All.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Case_AgreesWithBpmnEngine(string name)
    {
        Assert.True(theirs.Problem is null, theirs.Problem);
        var testCase = ConformanceCases.Named(name);
        Assert.True(theirs.Outcomes.TryGetValue(name, out var other), "bpmn-engine gave no result for " + name);

        var ours = OurEngineRunner.Run(testCase);
        var problems = TraceComparison.Problems(testCase, ours, other);

        Assert.True(problems.Count == 0, $"{name}:\n  {string.Join("\n  ", problems)}\n  GovWorkflow: {ours}\n  bpmn-engine: {other}");
    }

    [Fact]
    public void EveryConformanceProcess_IsUsedByACase()
    {
        var used = ConformanceCases.All.Select(c => c.Fixture).ToHashSet(StringComparer.Ordinal);
        var files = Directory.GetFiles(ConformanceProcesses.Folder, "*.bpmn").Select(Path.GetFileNameWithoutExtension);
        Assert.All(files, file => Assert.Contains(file!, used));
        Assert.True(used.Count >= 15, "at least 15 processes");
    }

    [Fact]
    public void EveryDeclaredDifference_SaysWhy()
    {
        Assert.All(ConformanceCases.All.SelectMany(c => c.Differences), d => Assert.False(string.IsNullOrWhiteSpace(d.Reason)));
    }
}
