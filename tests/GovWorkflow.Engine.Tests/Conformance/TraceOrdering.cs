namespace GovWorkflow.Engine.Tests.Conformance;

/// <summary>How strictly the order of completed elements is compared.</summary>
public enum TraceOrdering
{
    /// <summary>The same elements in the same order.</summary>
    Exact,

    /// <summary>
    /// The same elements per stimulus, in any order within one stimulus. For processes whose parallel
    /// branches run without waiting: GovWorkflow moves tokens breadth-first (a FIFO agenda), bpmn-engine
    /// depth-first (a branch runs until it waits before the next branch starts). BPMN leaves the order of
    /// concurrent branches open, so both are right; what a stimulus completes must still be the same.
    /// </summary>
    PerStep,
}
