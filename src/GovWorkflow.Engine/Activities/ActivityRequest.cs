using GovWorkflow.Engine.Expressions;
using NodaTime;

namespace GovWorkflow.Engine.Activities;

/// <summary>What a handler is given: the job, the service task, the variables visible to it and the instance's open timers.</summary>
/// <remarks>
/// Everything a handler needs to decide is in the request, <see cref="Now"/> included, so a handler never reads a
/// clock and a run can be replayed. Its answer is an <see cref="ActivityResult"/>.
/// </remarks>
/// <param name="JobId">The job id: the idempotency key.</param>
/// <param name="InstanceId">The instance (case).</param>
/// <param name="NodeId">The service task's id.</param>
/// <param name="ActivityType">The <c>gov:activity</c> name.</param>
/// <param name="Variables">The process variables when the job runs.</param>
/// <param name="Properties">The service task's <c>gov:</c> attributes as written (e.g. <c>items</c>, <c>extends</c>); values are not evaluated.</param>
/// <param name="Timers">The instance's open timers when the job runs, in creation order.</param>
/// <param name="Now">When the step that requested the job happened: the instant the activity's legal facts are dated by, even when it runs later.</param>
public sealed record ActivityRequest(
    long JobId,
    string InstanceId,
    string NodeId,
    string ActivityType,
    IReadOnlyDictionary<string, FeelValue> Variables,
    IReadOnlyDictionary<string, string> Properties,
    IReadOnlyList<OpenTimer> Timers,
    Instant Now)
{
    private static readonly IReadOnlyDictionary<string, string> NoProperties = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>A request with no <c>gov:</c> attributes and no open timers: what most tests of a handler need.</summary>
    public static ActivityRequest For(string activityType, IReadOnlyDictionary<string, FeelValue> variables, Instant now, long jobId = 1, string instanceId = "case-1", string nodeId = "task") =>
        new(jobId, instanceId, nodeId, activityType, variables, NoProperties, [], now);
}
