namespace GovWorkflow.Engine.Activities;

/// <summary>Runs the custom activity of service tasks whose <c>gov:activity</c> is <see cref="ActivityType"/>.</summary>
/// <remarks>
/// Delivery is at least once: a node that dies after the handler ran but before the result committed runs it
/// again on restart, so a handler must be idempotent (keyed by <see cref="ActivityRequest.JobId"/>). The result is
/// applied exactly once. Throw <see cref="BpmnErrorException"/> for a business error that boundary events catch;
/// any other exception is retried and, after the host's retry limit, raised as a BPMN
/// error <c>ACTIVITY_FAILED</c>.
/// </remarks>
public interface IActivityHandler
{
    /// <summary>The <c>gov:activity</c> name this handler serves, e.g. <c>CheckMaterials</c>.</summary>
    string ActivityType { get; }

    /// <summary>Runs the activity; returns the variables it sets and the timers it moves.</summary>
    Task<ActivityResult> RunAsync(ActivityRequest request, CancellationToken cancellationToken);
}
