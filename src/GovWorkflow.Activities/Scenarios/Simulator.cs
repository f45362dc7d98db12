using GovWorkflow.Activities.Calendar;
using GovWorkflow.Activities.Cases;
using GovWorkflow.Activities.Desk;
using GovWorkflow.Activities.Samples;
using GovWorkflow.Domain.Calendar;
using GovWorkflow.Domain.Deadlines;
using GovWorkflow.Domain.Scenarios;
using GovWorkflow.Engine.Execution;
using GovWorkflow.Engine.Parsing;
using NodaTime;

namespace GovWorkflow.Activities.Scenarios;

/// <summary>
/// <c>govwf simulate</c>: plays a scenario many times in memory with delays drawn from its distributions and a fake
/// clock over the business calendar, and reports whether the chain keeps its promise. Run seed+i
/// draws the delays of run i, so a report is reproducible.
/// </summary>
public sealed class Simulator(SampleSet samples, StatutoryClock statutoryClock)
{
    private readonly ProcessInterpreter interpreter = Compile(samples, statutoryClock);

    /// <summary>Runs <paramref name="runs"/> cases; <paramref name="progress"/> hears after each.</summary>
    public async Task<SimulationSummary> RunAsync(Scenario scenario, int runs, int seed, LocalDate? startOn, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var cases = new List<SimulatedCase>(runs);
        for (var i = 0; i < runs; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            cases.Add(await RunOnceAsync(scenario, i, seed, startOn, runs > 1, cancellationToken).ConfigureAwait(false));
            progress?.Report(i + 1);
        }

        return new SimulationSummary(cases);
    }

    private static ProcessInterpreter Compile(SampleSet samples, StatutoryClock clock)
    {
        var path = samples.Bundle.WorkflowPath;
        var parsed = BpmnParser.Parse(File.ReadAllText(path), Path.GetFileName(path));
        var compiled = parsed.Document is null ? null : ProcessCompiler.Compile(parsed.Document, samples.Bundle.ProcessId);
        var process = compiled?.Process ?? throw new ScenarioException(new Domain.Errors.DomainError(
            "scenario.workflow-invalid",
            $"流程 {path} 不能执行：{string.Join("；", parsed.Problems.Concat(compiled?.Problems ?? []).Select(p => p.ToString()))}",
            "The bundle's workflow cannot be compiled."));
        return new ProcessInterpreter(process, new EngineOptions { Zone = BusinessCalendar.Zone, Calendar = new StatutoryWorkingDays(clock) });
    }

    private async Task<SimulatedCase> RunOnceAsync(Scenario scenario, int index, int seed, LocalDate? startOn, bool randomise, CancellationToken cancellationToken)
    {
        var store = new InMemoryCaseStore();
        await store.ImportLicensesAsync(samples.Licenses, cancellationToken).ConfigureAwait(false);
        var clock = new TravelClock(Instant.MinValue);
        var services = new CaseServices(store, statutoryClock, new BundleRegistry([samples.Bundle]));
        var workflow = new MemoryCaseWorkflow(new Dictionary<string, ProcessInterpreter>(StringComparer.Ordinal) { [samples.Bundle.ProcessId] = interpreter }, CaseActivities.All(services), clock);
        var desk = new CaseDesk(workflow, services, samples.People, clock);
        var runner = new ScenarioRunner(desk, clock, services, samples.People);
        var caseId = randomise ? $"{scenario.CaseId}-{index + 1:D4}" : scenario.CaseId;
        var run = await runner.RunAsync(samples.Bundle, scenario, randomise ? new Random(seed + index) : null, caseId, startOn, cancellationToken).ConfigureAwait(false);
        return new SimulatedCase(caseId, run.File.Decision is not null, run.Clock.Used, run.Clock.PromisedLimit, run.Clock.StatutoryLimit, run.Progress.Escalations, TimelinePrinter.StatusName(run.File.Status), run.SkippedSteps, samples.Bundle.Policy.PromisedLimit.Value);
    }
}
