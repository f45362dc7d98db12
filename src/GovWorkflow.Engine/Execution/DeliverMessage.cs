using GovWorkflow.Engine.Expressions;

namespace GovWorkflow.Engine.Execution;

/// <summary>A message for this instance arrived; the oldest bookmark awaiting that name takes it.</summary>
/// <param name="MessageName">The message name.</param>
/// <param name="Variables">The message payload, set as process variables.</param>
public sealed record DeliverMessage(string MessageName, IReadOnlyDictionary<string, FeelValue> Variables) : Stimulus;
