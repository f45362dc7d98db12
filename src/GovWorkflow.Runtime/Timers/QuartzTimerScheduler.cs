using NodaTime;
using Quartz;

namespace GovWorkflow.Runtime.Timers;

/// <summary>Derives one Quartz trigger per open timer row; a misfired trigger fires at once, and firing is idempotent in <see cref="FireTimerJob"/>.</summary>
public sealed class QuartzTimerScheduler(ISchedulerFactory schedulers) : ITimerScheduler
{
    /// <summary>The Quartz group of timer jobs and triggers.</summary>
    public const string Group = "govwf-timers";

    /// <inheritdoc />
    public async ValueTask ScheduleAsync(long timerId, Instant dueAt, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        var (job, trigger) = JobOf(timerId, dueAt);
        await scheduler.ScheduleJob(job, [trigger], new ScheduleJobOptions { Replace = true }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask UnscheduleAsync(long timerId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        await scheduler.DeleteJob(Key(timerId), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    /// <remarks>
    /// One call per list: on the clustered PostgreSQL store each call is a transaction holding Quartz's trigger lock
    /// (the <c>QRTZ_LOCKS</c> row every node shares), so a completion that ends a task with two boundary timers and
    /// opens another takes the lock twice instead of four times.
    /// </remarks>
    public async ValueTask ApplyAsync(IReadOnlyList<(long TimerId, Instant DueAt)> scheduled, IReadOnlyList<long> cancelled, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scheduled);
        ArgumentNullException.ThrowIfNull(cancelled);
        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        if (scheduled.Count > 0)
        {
            var jobs = new Dictionary<IJobDetail, IReadOnlyCollection<ITrigger>>(scheduled.Count);
            foreach (var (timerId, dueAt) in scheduled)
            {
                var (job, trigger) = JobOf(timerId, dueAt);
                jobs[job] = [trigger];
            }

            await scheduler.ScheduleJobs(jobs, new ScheduleJobOptions { Replace = true }, cancellationToken).ConfigureAwait(false);
        }

        if (cancelled.Count > 0)
        {
            await scheduler.DeleteJobs([.. cancelled.Select(Key)], cancellationToken).ConfigureAwait(false);
        }
    }

    private static (IJobDetail Job, ITrigger Trigger) JobOf(long timerId, Instant dueAt)
    {
        var job = JobBuilder.Create<FireTimerJob>()
            .WithIdentity(Key(timerId))
            .UsingJobData(FireTimerJob.TimerIdKey, timerId)
            .Build();
        var trigger = TriggerBuilder.Create()
            .WithIdentity(Name(timerId), Group)
            .StartAt(dueAt.ToDateTimeOffset())
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        return (job, trigger);
    }

    private static JobKey Key(long timerId) => new(Name(timerId), Group);

    private static string Name(long timerId) => "timer-" + timerId.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
