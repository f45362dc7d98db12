using GovWorkflow.Domain.Cases;
using GovWorkflow.Engine.Activities;

namespace GovWorkflow.Activities.Cases;

/// <summary>
/// A government activity: reads the case, makes one domain decision, and saves the new case file with one timeline
/// line (and the clock's state at that moment) in one transaction.
/// </summary>
/// <remarks>
/// Jobs run at least once. The line is keyed by the job id and holds the result, so a rerun after a crash reports
/// the saved result instead of acting twice; two runs racing save once (the other gets a conflict, reads again and
/// finds the saved result).
/// </remarks>
public abstract class CaseActivity(CaseServices services) : IActivityHandler
{
    /// <summary>How many times a save that lost a race is decided again before the conflict counts as a failure.</summary>
    private const int MaxConflicts = 10;

    /// <inheritdoc />
    public abstract string ActivityType { get; }

    /// <summary>The services.</summary>
    protected CaseServices Services => services;

    /// <inheritdoc />
    public async Task<ActivityResult> RunAsync(ActivityRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        // A conflict means the case moved on since it was read (a person's line, another activity of the case): decide
        // again on the new file. It is not a failed attempt, so it does not count towards the worker's retry limit.
        for (var attempt = 1; ; attempt++)
        {
            if (await services.Store.FindJobOutputsAsync(request.InstanceId, request.JobId, cancellationToken).ConfigureAwait(false) is { } saved)
            {
                return ActivityOutputs.Deserialize(saved);
            }

            var file = await services.Store.FindCaseAsync(request.InstanceId, cancellationToken).ConfigureAwait(false);
            var step = await ExecuteAsync(new CaseActivityContext(request, file, services), cancellationToken).ConfigureAwait(false);
            var bundle = services.Bundles.Get(step.File.BundleCode);
            var clock = CaseClock.At(step.File, bundle.Policy, services.Clock, request.Now);
            var entry = new TimelineEntry(step.File.Id, request.Now, "system", ActivityType, step.Text, clock);
            var change = new CaseChange(step.File, entry, request.JobId, ActivityOutputs.Serialize(step.Result))
            {
                Issued = step.Issued,
                Revoked = step.Revoked,
                Credit = step.Credit,
            };
            try
            {
                await services.Store.SaveAsync(change, cancellationToken).ConfigureAwait(false);
                return step.Result;
            }
            catch (CaseConflictException) when (attempt < MaxConflicts)
            {
            }
        }
    }

    /// <summary>The activity's one decision.</summary>
    protected abstract Task<CaseStep> ExecuteAsync(CaseActivityContext context, CancellationToken cancellationToken);
}
