using System.Collections.Concurrent;
using GovWorkflow.Engine.Execution;
using GovWorkflow.Engine.Parsing;
using NodaTime;

namespace GovWorkflow.Engine.Tests.TestSupport;

/// <summary>The test processes in <c>Execution/Processes/</c>, parsed and compiled once.</summary>
internal static class Processes
{
    private static readonly ConcurrentDictionary<string, ExecutableProcess> Compiled = new(StringComparer.Ordinal);

    public static EngineOptions Options { get; } = new()
    {
        Zone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"],
        Calendar = new WeekdayCalendar(),
        RecordTrace = true,
    };

    public static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "GovWorkflow.Engine.Tests", "Execution", "Processes");

    public static ProcessInterpreter Interpreter(string fixture, EngineOptions? options = null) =>
        new(Compile(fixture), options ?? Options);

    public static ExecutableProcess Compile(string fixture) => Compiled.GetOrAdd(fixture, name => CompileFile(Path.Combine(Folder, name + ".bpmn")));

    public static ExecutableProcess CompileFile(string path)
    {
        var parsed = BpmnParser.Parse(File.ReadAllText(path), Path.GetFileName(path));
        Assert.True(parsed.Document is not null, string.Join('\n', parsed.Problems));
        var compiled = ProcessCompiler.Compile(parsed.Document);
        Assert.True(compiled.Process is not null, string.Join('\n', compiled.Problems));
        return compiled.Process;
    }
}
