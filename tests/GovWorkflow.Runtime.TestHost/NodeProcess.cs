namespace GovWorkflow.Runtime.TestHost;

/// <summary>The scale-out test's process (<c>Processes/scale-out.bpmn</c>: a one-second timer, then one user task), published by the test.</summary>
internal static class NodeProcess
{
    public const string Id = "scaleOut";
}
