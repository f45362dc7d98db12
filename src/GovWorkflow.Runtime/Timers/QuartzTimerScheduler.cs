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
        var job = JobBuilder.Create<FireTimerJob>()
            .WithIdentity(Key(timerId))
            .UsingJobData(FireTimerJob.TimerIdKey, timerId)
            .Build();
        var trigger = TriggerBuilder.Create()
            .WithIdentity(Name(timerId), Group)
            .StartAt(dueAt.ToDateTimeOffset())
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        await scheduler.ScheduleJob(job, [trigger], new ScheduleJobOptions { Replace = true }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask UnscheduleAsync(long timerId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        await scheduler.DeleteJob(Key(timerId), cancellationToken).ConfigureAwait(false);
    }

    private static JobKey Key(long timerId) => new(Name(timerId), Group);

    private static string Name(long timerId) => "timer-" + timerId.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
