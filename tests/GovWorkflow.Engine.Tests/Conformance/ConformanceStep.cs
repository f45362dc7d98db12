namespace GovWorkflow.Engine.Tests.Conformance;

/// <summary>One stimulus applied to both engines in the same order.</summary>
/// <param name="Kind">Complete a user task, deliver a message or fire a timer.</param>
/// <param name="Target">The user task id, the message name or the timer event id.</param>
/// <param name="Variables">Variables a completed task sets (booleans, numbers and strings only).</param>
public sealed record ConformanceStep(StepKind Kind, string Target, IReadOnlyDictionary<string, object?> Variables)
{
    private static readonly IReadOnlyDictionary<string, object?> NoVariables = new Dictionary<string, object?>(StringComparer.Ordinal);

    public static ConformanceStep Complete(string userTaskId, params (string Name, object? Value)[] variables) =>
        new(StepKind.Complete, userTaskId, variables.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal));

    public static ConformanceStep Message(string name) => new(StepKind.Message, name, NoVariables);

    public static ConformanceStep Timer(string timerEventId) => new(StepKind.Timer, timerEventId, NoVariables);

    public override string ToString() => Kind + " " + Target;
}
