using GovWorkflow.Engine.Expressions;

namespace GovWorkflow.Engine.Execution;

/// <summary>A compiled sequence flow.</summary>
/// <param name="Index">Position in <see cref="ExecutableProcess.Flows"/>.</param>
/// <param name="Id">The BPMN id.</param>
/// <param name="Source">Index of the source node.</param>
/// <param name="Target">Index of the target node.</param>
/// <param name="Condition">The condition, or null for an unconditional flow.</param>
public sealed record ExecutableFlow(int Index, string Id, int Source, int Target, FeelExpression? Condition);
