using System.Runtime.InteropServices;

namespace GovWorkflow.Engine.Execution;

/// <summary>A token on its way to <paramref name="Node"/> inside scope <paramref name="Scope"/>, arriving over <paramref name="Flow"/> (-1 for none).</summary>
[StructLayout(LayoutKind.Auto)]
internal readonly record struct WorkItem(int Node, long Scope, int Flow);
