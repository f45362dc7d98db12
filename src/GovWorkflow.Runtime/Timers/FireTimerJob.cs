using GovWorkflow.Runtime.Instances;
using Quartz;

namespace GovWorkflow.Runtime.Timers;

/// <summary>The Quartz job of a timer: fires the timer row through the runtime, which does nothing if it already fired.</summary>
/// <remarks>A conflict (the instance changed under it) is retried at once; a timer not yet due by the runtime's clock is re-armed by the runtime's next recovery.</remarks>
public sealed class FireTimerJob(WorkflowRuntime runtime) : IJob
{
    /// <summary>The job-data key holding the timer row id.</summary>
    public const string TimerIdKey = "timerId";

    /// <inheritdoc />
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var timerId = context.MergedJobDataMap.GetLong(TimerIdKey);
        var outcome = await runtime.FireTimerAsync(timerId, cancellationToken).ConfigureAwait(false);
        if (outcome.Kind == RuntimeOutcomeKind.Conflict)
        {
            throw new JobExecutionException($"Timer {timerId}: the instance changed while firing; retrying.") { RefireImmediately = true };
        }
    }
}
