using GovWorkflow.Engine.Expressions;

namespace GovWorkflow.Engine.Execution;

/// <summary>Starts a new instance at the none start event, or at the message start event of <paramref name="MessageName"/>.</summary>
/// <param name="InstanceId">The id the runtime gives the instance.</param>
/// <param name="DefinitionVersion">The published version being run.</param>
/// <param name="Variables">The initial process variables.</param>
/// <param name="MessageName">Start by this message instead of the none start event.</param>
public sealed record StartInstance(
    string InstanceId,
    string DefinitionVersion,
    IReadOnlyDictionary<string, FeelValue> Variables,
    string? MessageName = null) : Stimulus;
