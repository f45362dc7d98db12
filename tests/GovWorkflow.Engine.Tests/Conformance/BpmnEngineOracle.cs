using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GovWorkflow.Engine.Tests.Conformance;

/// <summary>Runs conformance cases through bpmn-engine 25.0.1: one <c>node tests/bpmn-engine-diff/run.mjs</c> for all of them.</summary>
internal static class BpmnEngineOracle
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "bpmn-engine-diff");

    /// <summary>Why the oracle cannot run, or null when it can.</summary>
    public static string? Unavailable()
    {
        var installed = Path.Combine(Folder, "node_modules", "bpmn-engine", "package.json");
        return File.Exists(installed)
            ? null
            : $"bpmn-engine is not installed at {Path.Combine(Folder, "node_modules")}: run `npm ci --prefix tests/bpmn-engine-diff` in the repository root (eng/test.sh does).";
    }

    public static IReadOnlyDictionary<string, RunOutcome> Run(IReadOnlyList<ConformanceCase> cases)
    {
        var request = new JsonObject { ["cases"] = new JsonArray([.. cases.Select(Request)]) };
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = Folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add("run.mjs");

        using var node = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        var stdout = node.StandardOutput.ReadToEndAsync();
        var stderr = node.StandardError.ReadToEndAsync();
        node.StandardInput.Write(request.ToJsonString());
        node.StandardInput.Close();
        if (!node.WaitForExit(Timeout))
        {
            node.Kill(entireProcessTree: true);
            throw new TimeoutException($"node run.mjs did not finish within {Timeout.TotalSeconds} s.");
        }

        if (node.ExitCode != 0)
        {
            throw new InvalidOperationException($"node run.mjs exited with {node.ExitCode}: {stderr.Result}");
        }

        var outcomes = new Dictionary<string, RunOutcome>(StringComparer.Ordinal);
        foreach (var line in stdout.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var result = JsonNode.Parse(line)!.AsObject();
            outcomes[(string)result["name"]!] = new RunOutcome(
                (string)result["state"]!,
                [.. result["segments"]!.AsArray().Select(s => (IReadOnlyList<string>)[.. s!.AsArray().Select(id => (string)id!)])],
                [.. result["waiting"]!.AsArray().Select(id => (string)id!)],
                (string?)result["error"],
                (string?)result["stepError"]);
        }

        return outcomes;
    }

    private static JsonObject Request(ConformanceCase testCase) => new()
    {
        ["name"] = testCase.Name,
        ["bpmn"] = BpmnEngineDialect.Translate(ConformanceProcesses.Text(testCase.Fixture), testCase.Fixture),
        ["variables"] = Variables(testCase.Variables),
        ["steps"] = new JsonArray([.. testCase.Steps.Select(Step)]),
    };

    private static JsonObject Step(ConformanceStep step) => step.Kind switch
    {
        StepKind.Complete => new JsonObject { ["complete"] = step.Target, ["variables"] = Variables(step.Variables) },
        StepKind.Message => new JsonObject { ["message"] = step.Target },
        _ => new JsonObject { ["timer"] = step.Target },
    };

    private static JsonObject Variables(IReadOnlyDictionary<string, object?> variables)
    {
        var result = new JsonObject();
        foreach (var (name, value) in variables)
        {
            result[name] = JsonSerializer.SerializeToNode(value);
        }

        return result;
    }
}
