using GovWorkflow.Engine.Execution;
using GovWorkflow.Engine.Tests.TestSupport;

namespace GovWorkflow.Engine.Tests.Conformance;

/// <summary>The processes in <c>Conformance/Processes/</c>: our copy (FEEL) and the file's text.</summary>
internal static class ConformanceProcesses
{
    public static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "GovWorkflow.Engine.Tests", "Conformance", "Processes");

    public static string PathOf(string fixture) => Path.Combine(Folder, fixture + ".bpmn");

    public static string Text(string fixture) => File.ReadAllText(PathOf(fixture));

    public static ExecutableProcess Compile(string fixture) => Processes.CompileFile(PathOf(fixture));
}
