namespace GovWorkflow.Engine.Tests.Conformance;

/// <summary>What one engine did with one case.</summary>
/// <param name="State"><c>completed</c>, <c>running</c> or <c>error</c>.</param>
/// <param name="Segments">Ids of completed elements: the first list while starting, then one list per step.</param>
/// <param name="Waiting">Ids of what still waits (user tasks first met, for messages to the reader).</param>
/// <param name="Error">The engine's error, if it ended in one.</param>
/// <param name="StepError">A step that could not be applied (nothing waited for it), which stops the case.</param>
public sealed record RunOutcome(
    string State,
    IReadOnlyList<IReadOnlyList<string>> Segments,
    IReadOnlyList<string> Waiting,
    string? Error,
    string? StepError)
{
    public IEnumerable<string> Completed => Segments.SelectMany(s => s);

    /// <summary>The completions as text: ids joined by ", ", steps by " | ".</summary>
    public string CompletedText => string.Join(" | ", Segments.Select(s => string.Join(", ", s)));

    public override string ToString() =>
        $"state={State}; completed=[{CompletedText}]; waiting=[{string.Join(", ", Waiting)}]"
        + (Error is null ? string.Empty : "; error=" + Error)
        + (StepError is null ? string.Empty : "; stepError=" + StepError);
}
