namespace GovWorkflow.Engine.Execution;

/// <summary>What happened to an element, in a trace.</summary>
public enum TraceKind
{
    /// <summary>A token reached it.</summary>
    Activated,

    /// <summary>It completed and its token moved on.</summary>
    Completed,

    /// <summary>It was cancelled by an interrupting event, a terminate end or a cancel.</summary>
    Terminated,
}
