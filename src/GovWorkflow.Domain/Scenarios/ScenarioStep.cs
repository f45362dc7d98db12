using NodaTime;

namespace GovWorkflow.Domain.Scenarios;

/// <summary>One step of a scenario: after some working days, at a time of day, someone does something.</summary>
/// <param name="Index">Zero-based position in the file.</param>
/// <param name="Line">The line in the file, for errors.</param>
/// <param name="After">Working days after the previous step (0: the same day).</param>
/// <param name="At">Time of day (Beijing).</param>
/// <param name="Kind">Complete a task, send a message, or wait.</param>
/// <param name="Target">The task's node id or the message name.</param>
/// <param name="User">Who acts; <c>applicant</c> is the case's applicant.</param>
/// <param name="Department">For a task open in several departments at once (联合验收), which one.</param>
/// <param name="Set">The decision's variables.</param>
/// <param name="Materials">Materials handed in with the step (<c>ITEM/code</c>).</param>
/// <param name="Defects">Materials found defective, with what is wrong.</param>
/// <param name="Note">A remark for the reader of the scenario; the run does nothing with it.</param>
public sealed record ScenarioStep(
    int Index,
    int Line,
    StepDelay After,
    LocalTime At,
    StepKind Kind,
    string? Target,
    string? User,
    string? Department,
    IReadOnlyList<KeyValuePair<string, object?>> Set,
    IReadOnlyList<string> Materials,
    IReadOnlyList<KeyValuePair<string, string>> Defects,
    string? Note);
