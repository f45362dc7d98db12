using GovWorkflow.Domain.Cases;

namespace GovWorkflow.Activities.Scenarios;

/// <summary>What a scenario produced: the case file, its timeline and where the workflow stands.</summary>
/// <param name="File">The case file at the end.</param>
/// <param name="Timeline">Every line, in order.</param>
/// <param name="Progress">The workflow's state at the end.</param>
/// <param name="Clock">The case clock at the end.</param>
public sealed record ScenarioRun(CaseFile File, IReadOnlyList<TimelineEntry> Timeline, CaseProgress Progress, ClockSnapshot Clock)
{
    /// <summary>In a simulation, steps not done because the case had ended or the step no longer applied.</summary>
    public int SkippedSteps { get; init; }
}
