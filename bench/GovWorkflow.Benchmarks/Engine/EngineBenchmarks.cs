using BenchmarkDotNet.Attributes;
using GovWorkflow.Engine.Execution;
using GovWorkflow.Engine.Expressions;
using GovWorkflow.Engine.Parsing;
using GovWorkflow.Engine.Validation;
using NodaTime;

namespace GovWorkflow.Benchmarks.Engine;

/// <summary>
/// The engine in memory: one instance of <c>bench-20node.bpmn</c> from start to end (eleven user-task
/// completions, a parallel split and join, a 5-way multi-instance), and parsing plus validating the
/// largest MIWG reference file.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 15)]
public class EngineBenchmarks
{
    private static readonly Instant Now = Instant.FromUtc(2026, 3, 2, 1, 0);
    private ProcessInterpreter interpreter = null!;
    private Dictionary<string, FeelValue> variables = null!;
    private string miwg = null!;
    private int counter;

    [GlobalSetup]
    public void Setup()
    {
        var path = Path.Combine(BenchPaths.SharedData, "bench", "bench-20node.bpmn");
        var document = BpmnParser.Parse(File.ReadAllText(path), "bench-20node.bpmn").Document!;
        interpreter = new ProcessInterpreter(ProcessCompiler.Compile(document).Process!);
        variables = new Dictionary<string, FeelValue>(StringComparer.Ordinal) { ["refuse"] = FeelValue.False };
        miwg = File.ReadAllText(Path.Combine(BenchPaths.SharedData, "bpmn-miwg", "Reference", "B.2.0.bpmn"));

        var completions = RunOneInstance();
        if (completions != 11)
        {
            throw new InvalidOperationException($"bench-20node took {completions} completions, expected 11");
        }
    }

    /// <summary>Starts an instance and completes its user tasks, oldest first, until it ends.</summary>
    [Benchmark]
    public int RunOneInstance()
    {
        var result = interpreter.Start(new StartInstance("bench-" + counter++, "1", variables), Now);
        var completions = 0;
        while (result.State.Status == InstanceStatus.Running)
        {
            var task = result.State.Bookmarks[0];
            result = interpreter.Execute(result.State, new CompleteTask(task.Key, EmptyVariables.Instance), Now);
            completions++;
        }

        return completions;
    }

    /// <summary>Parses and validates the largest MIWG reference model (B.2.0).</summary>
    [Benchmark]
    public int ParseAndValidateMiwgB20()
    {
        var parsed = BpmnParser.Parse(miwg, "B.2.0.bpmn");
        return parsed.Problems.Count + ExecutableValidator.Validate(parsed.Document!, expressions: FeelSyntaxChecker.Instance).Count;
    }

    private static class EmptyVariables
    {
        public static readonly IReadOnlyDictionary<string, FeelValue> Instance = new Dictionary<string, FeelValue>(StringComparer.Ordinal);
    }
}
