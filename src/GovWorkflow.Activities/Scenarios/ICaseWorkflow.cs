using GovWorkflow.Engine.Expressions;
using GovWorkflow.Runtime.Instances;
using NodaTime;

namespace GovWorkflow.Activities.Scenarios;

/// <summary>Drives the workflows of cases: the durable runtime (<see cref="DurableCaseWorkflow"/>) or the engine in memory for simulations (<see cref="MemoryCaseWorkflow"/>).</summary>
/// <remarks>Time moves only through the shared <see cref="TravelClock"/>: timers fire when the caller asks, at their due instants.</remarks>
public interface ICaseWorkflow
{
    /// <summary>Starts the case's workflow.</summary>
    Task<RuntimeOutcome> StartAsync(string processId, string caseId, IReadOnlyDictionary<string, FeelValue> variables, string actor, CancellationToken cancellationToken);

    /// <summary>The case's open user tasks, oldest first.</summary>
    Task<IReadOnlyList<CaseTask>> OpenTasksAsync(string caseId, CancellationToken cancellationToken);

    /// <summary>Completes a task.</summary>
    Task<RuntimeOutcome> CompleteTaskAsync(CaseTask task, IReadOnlyDictionary<string, FeelValue> variables, string actor, CancellationToken cancellationToken);

    /// <summary>Delivers a message to the case.</summary>
    Task<RuntimeOutcome> DeliverMessageAsync(string caseId, string messageName, IReadOnlyDictionary<string, FeelValue> variables, string actor, CancellationToken cancellationToken);

    /// <summary>The earliest due instant of any open timer, or null.</summary>
    Task<Instant?> NextTimerAsync(CancellationToken cancellationToken);

    /// <summary>Fires every open timer due at or before the clock's instant, earliest first; returns how many fired.</summary>
    Task<int> FireDueTimersAsync(CancellationToken cancellationToken);

    /// <summary>Runs service-task jobs until none is left; returns how many ran.</summary>
    Task<int> RunJobsAsync(CancellationToken cancellationToken);

    /// <summary>Runs the service-task jobs of one case (its instance and those it called) until none is left; returns how many ran.</summary>
    Task<int> RunJobsAsync(string caseId, CancellationToken cancellationToken);

    /// <summary>The case's workflow state.</summary>
    Task<CaseProgress> ProgressAsync(string caseId, CancellationToken cancellationToken);
}
