using System.Runtime.InteropServices;

namespace GovWorkflow.Engine.Execution;

/// <summary>One line of an execution trace: conformance tests compare the order of completed elements.</summary>
/// <param name="NodeId">The element.</param>
/// <param name="Kind">What happened.</param>
[StructLayout(LayoutKind.Auto)]
public readonly record struct TraceEntry(string NodeId, TraceKind Kind);
