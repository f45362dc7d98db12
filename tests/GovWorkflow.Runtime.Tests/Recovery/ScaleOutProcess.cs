namespace GovWorkflow.Runtime.Tests.Recovery;

/// <summary>The scale-out test's process, the file the test host's nodes run (tests/GovWorkflow.Runtime.TestHost/Processes/).</summary>
internal static class ScaleOutProcess
{
    public static string Xml { get; } =
        File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "GovWorkflow.Runtime.TestHost", "Processes", "scale-out.bpmn"));
}
