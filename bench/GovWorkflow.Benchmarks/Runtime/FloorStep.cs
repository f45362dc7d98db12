using GovWorkflow.Engine.Execution;

namespace GovWorkflow.Benchmarks.Runtime;

/// <summary>One step of bench-20node as the engine takes it: the state JSON after it, the tasks it creates and its audit summary.</summary>
internal sealed record FloorStep(string State, long Sequence, InstanceStatus Status, IReadOnlyList<TaskCreated> Tasks, string Summary);
