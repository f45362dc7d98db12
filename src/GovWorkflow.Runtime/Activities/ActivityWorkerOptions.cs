using NodaTime;

namespace GovWorkflow.Runtime.Activities;

/// <summary>How the activity worker polls and retries.</summary>
public sealed class ActivityWorkerOptions
{
    /// <summary>Pause between polls when there is nothing to do. Default 200 ms.</summary>
    public Duration IdleDelay { get; set; } = Duration.FromMilliseconds(200);

    /// <summary>Jobs taken per poll. Default 20.</summary>
    public int BatchSize { get; set; } = 20;

    /// <summary>Attempts before an activity that keeps throwing is raised as BPMN error <c>ACTIVITY_FAILED</c>. Default 3.</summary>
    public int MaxAttempts { get; set; } = 3;
}
