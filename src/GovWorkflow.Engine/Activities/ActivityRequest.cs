using GovWorkflow.Engine.Expressions;

namespace GovWorkflow.Engine.Activities;

/// <summary>What a handler is given: the job, the service task and the variables visible to it.</summary>
/// <param name="JobId">The job id: the idempotency key.</param>
/// <param name="InstanceId">The instance (case).</param>
/// <param name="NodeId">The service task's id.</param>
/// <param name="ActivityType">The <c>gov:activity</c> name.</param>
/// <param name="Variables">The process variables when the job runs.</param>
public sealed record ActivityRequest(long JobId, string InstanceId, string NodeId, string ActivityType, IReadOnlyDictionary<string, FeelValue> Variables);
