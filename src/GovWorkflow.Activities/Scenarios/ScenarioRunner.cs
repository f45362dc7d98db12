using GovWorkflow.Activities.Cases;
using GovWorkflow.Activities.Desk;
using GovWorkflow.Activities.Values;
using GovWorkflow.Domain.Bundles;
using GovWorkflow.Domain.Calendar;
using GovWorkflow.Domain.Cases;
using GovWorkflow.Domain.Errors;
using GovWorkflow.Domain.People;
using GovWorkflow.Domain.Scenarios;
using NodaTime;

namespace GovWorkflow.Activities.Scenarios;

/// <summary>
/// Plays a scenario on a case workflow with time travel: the clock jumps from step to step over working days, and
/// every timer due on the way fires at its own instant (and its activities run) before the next step.
/// </summary>
public sealed class ScenarioRunner(CaseDesk desk, TravelClock clock, CaseServices services, PeopleDirectory people)
{
    private static readonly Duration Minute = Duration.FromMinutes(1);

    /// <summary>Refusals that mean a drawn timing made the step moot (the case moved on without it); anything else is the scenario's fault.</summary>
    private static readonly string[] Moot = ["scenario.task-not-open", "engine.message-not-awaited", "engine.instance-ended", "runtime.task-closed"];

    /// <summary>Runs <paramref name="scenario"/> as case <paramref name="caseId"/> (the scenario's by default).</summary>
    /// <param name="bundle">The bundle.</param>
    /// <param name="scenario">The scenario.</param>
    /// <param name="random">Draws step delays from their distributions; null uses the most likely delay.</param>
    /// <param name="caseId">The case number, or null for the scenario's.</param>
    /// <param name="startOn">A day to start on instead of the scenario's (same time of day).</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <exception cref="ScenarioException">A step cannot be done; the error names the step's line.</exception>
    public async Task<ScenarioRun> RunAsync(ServiceBundle bundle, Scenario scenario, Random? random = null, string? caseId = null, LocalDate? startOn = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        ArgumentNullException.ThrowIfNull(scenario);
        caseId ??= scenario.CaseId;
        var workflow = desk.Workflow;
        var previous = startOn is { } day ? day + scenario.Start.TimeOfDay : scenario.Start;
        clock.MoveTo(Beijing(previous));
        var clerk = people.All.Where(p => p.HasRole("clerk")).OrderBy(p => p.Id, StringComparer.Ordinal).FirstOrDefault()
            ?? throw new ScenarioException(new DomainError("scenario.no-clerk", "用户清单中没有窗口人员（clerk），无法收件。", "No clerk in the people file."));
        var received = await desk.ReceiveAsync(bundle, caseId, scenario.ApplicantId, scenario.ApplicantName, scenario.Submitted, scenario.Variables, clerk.Id, cancellationToken).ConfigureAwait(false);
        if (!received.Succeeded)
        {
            throw new ScenarioException(received.Error! with { Location = new SourceLocation(scenario.File, Field: "case") });
        }

        await workflow.RunJobsAsync(cancellationToken).ConfigureAwait(false);
        var skipped = 0;
        foreach (var step in scenario.Steps)
        {
            var delay = step.After.Sample(random);
            var date = delay == 0 ? previous.Date : services.Clock.Calendar.AddWorkingDays(previous.Date, new WorkingDays(delay));
            var when = date + step.At;
            if (when <= previous)
            {
                when = previous.PlusMinutes(1);
            }

            await AdvanceToAsync(workflow, Beijing(when), cancellationToken).ConfigureAwait(false);
            previous = when;
            if (random is null)
            {
                await ActAsync(scenario, step, caseId, simulating: false, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                // Drawn delays can end a case early (容缺 revoked, withdrawn) or make a step moot; the run goes on and counts it.
                if ((await workflow.ProgressAsync(caseId, cancellationToken).ConfigureAwait(false)).Status != Engine.Execution.InstanceStatus.Running)
                {
                    skipped += scenario.Steps.Count - step.Index;
                    break;
                }

                try
                {
                    await ActAsync(scenario, step, caseId, simulating: true, cancellationToken).ConfigureAwait(false);
                }
                catch (ScenarioException ex) when (Moot.Contains(ex.Error.Code, StringComparer.Ordinal))
                {
                    skipped++;
                }
            }

            await workflow.RunJobsAsync(cancellationToken).ConfigureAwait(false);
        }

        var file = await services.Store.FindCaseAsync(caseId, cancellationToken).ConfigureAwait(false)
            ?? throw new ScenarioException(new DomainError("scenario.case-missing", $"办件 {caseId} 未登记：收件活动没有运行。", "The case was never registered.", new SourceLocation(scenario.File)));
        var timeline = await services.Store.TimelineAsync(caseId, cancellationToken).ConfigureAwait(false);
        var progress = await workflow.ProgressAsync(caseId, cancellationToken).ConfigureAwait(false);
        return new ScenarioRun(file, timeline, progress, CaseClock.At(file, bundle.Policy, services.Clock, clock.GetCurrentInstant())) { SkippedSteps = skipped };
    }

    private static Instant Beijing(LocalDateTime time) => time.InZoneLeniently(BusinessCalendar.Zone).ToInstant();

    private async Task AdvanceToAsync(ICaseWorkflow workflow, Instant until, CancellationToken cancellationToken)
    {
        while (await workflow.NextTimerAsync(cancellationToken).ConfigureAwait(false) is { } next && next <= until)
        {
            clock.MoveTo(next);
            await workflow.FireDueTimersAsync(cancellationToken).ConfigureAwait(false);
            await workflow.RunJobsAsync(cancellationToken).ConfigureAwait(false);
        }

        clock.MoveTo(until > clock.GetCurrentInstant() ? until : clock.GetCurrentInstant() + Minute);
    }

    private async Task ActAsync(Scenario scenario, ScenarioStep step, string caseId, bool simulating, CancellationToken cancellationToken)
    {
        var where = new SourceLocation(scenario.File, step.Line, Field: $"steps[{step.Index}]");
        var variables = PlainValues.ToVariables(step.Set);
        if (step.Defects.Count > 0)
        {
            variables["defects"] = Engine.Expressions.FeelValue.Context(step.Defects.Select(d => new KeyValuePair<string, Engine.Expressions.FeelValue>(d.Key, Engine.Expressions.FeelValue.String(d.Value))));
        }

        DeskResult result;
        switch (step.Kind)
        {
            case StepKind.Complete:
                var task = await FindTaskAsync(caseId, step, cancellationToken).ConfigureAwait(false);
                if (task is null && simulating && await SuperviseAsync(caseId, cancellationToken).ConfigureAwait(false))
                {
                    task = await FindTaskAsync(caseId, step, cancellationToken).ConfigureAwait(false);
                }

                if (task is null)
                {
                    var progress = await desk.Workflow.ProgressAsync(caseId, cancellationToken).ConfigureAwait(false);
                    throw new ScenarioException(new DomainError(
                        "scenario.task-not-open",
                        $"任务 {step.Target}{(step.Department is null ? string.Empty : "（" + step.Department + "）")} 当前没有开启，无法办理；办件正在等待：{string.Join("、", progress.Waiting.Distinct(StringComparer.Ordinal))}（状态 {progress.Status}）。",
                        $"Task {step.Target} is not open.",
                        where));
                }

                result = await desk.CompleteAsync(task, variables, step.User!, cancellationToken).ConfigureAwait(false);
                break;
            case StepKind.Message:
                result = await desk.SendAsync(caseId, step.Target!, variables, step.Materials, step.User!, cancellationToken).ConfigureAwait(false);
                break;
            default:
                return;
        }

        if (!result.Succeeded)
        {
            throw new ScenarioException(result.Error! with { Location = where });
        }
    }

    private async Task<CaseTask?> FindTaskAsync(string caseId, ScenarioStep step, CancellationToken cancellationToken)
    {
        var open = await desk.Workflow.OpenTasksAsync(caseId, cancellationToken).ConfigureAwait(false);
        return open.FirstOrDefault(t => t.NodeId == step.Target && (step.Department is null || t.Departments.Contains(step.Department, StringComparer.Ordinal)));
    }

    /// <summary>In a simulation a review may pass its limit and wait for 督办 first: a supervisor handles every open supervision task.</summary>
    private async Task<bool> SuperviseAsync(string caseId, CancellationToken cancellationToken)
    {
        var supervisor = people.All.Where(p => p.HasRole("supervisor")).OrderBy(p => p.Id, StringComparer.Ordinal).FirstOrDefault();
        var open = await desk.Workflow.OpenTasksAsync(caseId, cancellationToken).ConfigureAwait(false);
        var supervision = open.Where(t => t.Groups.Contains("supervisor", StringComparer.Ordinal)).ToList();
        if (supervisor is null || supervision.Count == 0)
        {
            return false;
        }

        foreach (var task in supervision)
        {
            await desk.CompleteAsync(task, new Dictionary<string, Engine.Expressions.FeelValue>(StringComparer.Ordinal), supervisor.Id, cancellationToken).ConfigureAwait(false);
        }

        await desk.Workflow.RunJobsAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }
}
